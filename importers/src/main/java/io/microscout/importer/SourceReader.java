package io.microscout.importer;

import io.microscout.creator.CatalogBatch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one file of one source format (Instagram Graph API, YouTube Data API, TikTok API, CSV) into the
 * catalog's terms. Never stops at the first bad record: it reports every problem it can find, so that a user
 * fixes the file in one pass.
 */
public interface SourceReader {

    /** The name given to {@code import --format}. */
    String format();

    /**
     * Reads one file. {@code accounts} resolves accounts that the file names only by platform id.
     * Problems are returned, not thrown; an IOException means the file itself could not be read.
     */
    ImportRead read(Path file, ImportOptions options, AccountLookup accounts) throws IOException;

    /**
     * Reads one file in chunks of about {@code chunkSize} records, handing each to {@code chunks} as soon as
     * it is read, so that a file of millions of posts need not be held in memory at once. The returned
     * read has the problems and the record count, and an empty batch. Readers of small files (one API
     * response) read the whole file and hand it over as one chunk; the CSV reader streams.
     */
    default ImportRead read(
            Path file, ImportOptions options, AccountLookup accounts, int chunkSize, Consumer<CatalogBatch> chunks)
            throws IOException {
        ImportRead read = read(file, options, accounts);
        if (!read.batch().isEmpty()) {
            chunks.accept(read.batch());
        }
        return new ImportRead(
                new CatalogBatch(read.batch().source(), List.of(), List.of(), List.of()),
                read.problems(),
                read.recordsRead());
    }
}
