package io.microscout.importer.csv;

import io.microscout.importer.ImportReadBuilder;

/** Turns one valid CSV record of a kind (creator, post, snapshot) into catalog records. */
interface CsvRecords {
    /** Reads the row into {@code out}; an invalid row adds nothing (its problems are on the row). */
    void read(CsvRow row, ImportReadBuilder out);
}
