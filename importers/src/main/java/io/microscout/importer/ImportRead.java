package io.microscout.importer;

import io.microscout.creator.CatalogBatch;
import java.util.List;

/**
 * What reading one file gave: the valid records as a batch, a problem per invalid record, and the values repaired
 * on the way (each with its file, line and field).
 */
public record ImportRead(
        CatalogBatch batch, List<ImportProblem> problems, int recordsRead, List<ImportProblem> repairs) {
    public ImportRead {
        problems = List.copyOf(problems);
        repairs = List.copyOf(repairs);
    }

    public ImportRead(CatalogBatch batch, List<ImportProblem> problems, int recordsRead) {
        this(batch, problems, recordsRead, List.of());
    }
}
