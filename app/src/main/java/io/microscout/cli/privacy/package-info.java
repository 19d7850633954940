/**
 * Commands over a creator's personal data and the home as a whole: {@code forget}, {@code export} (one creator,
 * everywhere it is held) and {@code backup}, {@code restore} (the whole home); and the JSON both the CLI and the
 * REST API write for them.
 */
package io.microscout.cli.privacy;
