/** The connector commands: {@code fetch}, {@code credentials} and {@code watch} (docs/connectors.md). */
package io.microscout.cli.connectors;
