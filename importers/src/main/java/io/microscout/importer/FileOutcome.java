package io.microscout.importer;

import io.microscout.creator.StoreSummary;
import java.nio.file.Path;
import java.util.List;

/**
 * What importing one file did.
 *
 * @param problems what could not be read; without --skip-invalid any problem means nothing of the file was stored
 * @param stored   whether the file's records were stored (all of them, or with --skip-invalid the valid ones)
 * @param summary  what storing changed (empty when nothing was stored)
 * @param repairs  values read after an unambiguous repair (a mis-encoded cell), reported but not problems
 */
public record FileOutcome(
        Path file,
        int recordsRead,
        List<ImportProblem> problems,
        boolean stored,
        StoreSummary summary,
        List<ImportProblem> repairs) {
    public FileOutcome {
        problems = List.copyOf(problems);
        repairs = List.copyOf(repairs);
    }

    public FileOutcome(Path file, int recordsRead, List<ImportProblem> problems, boolean stored, StoreSummary summary) {
        this(file, recordsRead, problems, stored, summary, List.of());
    }

    public boolean failed() {
        return !stored && !problems.isEmpty();
    }
}
