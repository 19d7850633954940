package io.microscout.importer.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportRead;
import io.microscout.importer.ImportReadBuilder;
import io.microscout.importer.SourceReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A reader of one JSON API response per file: parses the file (a malformed one is one problem with Jackson's
 * line and column) and hands the document to {@link #read(JsonNode, ImportOptions, AccountLookup, ImportReadBuilder)}.
 */
public abstract class JsonSourceReader implements SourceReader {

    @Override
    public final ImportRead read(Path file, ImportOptions options, AccountLookup accounts) throws IOException {
        ImportReadBuilder out = new ImportReadBuilder(file.toString());
        Optional<JsonNode> doc = JsonDocument.read(file, out.problems());
        if (doc.isPresent()) {
            read(doc.get(), options, accounts, out);
        }
        return out.build();
    }

    /** Reads the response's records into {@code out}, reporting each problem there. */
    protected abstract void read(JsonNode root, ImportOptions options, AccountLookup accounts, ImportReadBuilder out);
}
