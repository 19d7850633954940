package io.microscout.importer;

import io.microscout.creator.CatalogBatch;
import java.util.List;

/** What reading one file gave: the valid records as a batch, and a problem per invalid record. */
public record ImportRead(CatalogBatch batch, List<ImportProblem> problems, int recordsRead) {
    public ImportRead {
        problems = List.copyOf(problems);
    }
}
