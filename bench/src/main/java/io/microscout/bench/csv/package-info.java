/** {@code microscout bench csv}: the two CSV parsers of the importers, side by side on the same files. */
package io.microscout.bench.csv;
