package io.microscout.importer;

import java.io.IOException;
import java.nio.file.Path;

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
}
