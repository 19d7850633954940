/**
 * What the command packages share: the catalog options ({@code --home}, {@code --db}), the user error that
 * exits 2, discovery over the catalog, and how index progress is reported. It depends on no command package,
 * so the command packages never depend on each other through it.
 */
package io.microscout.cli.common;
