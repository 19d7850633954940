package io.microscout.importer;

import io.microscout.creator.CatalogBatch;
import io.microscout.creator.CreatorKey;
import io.microscout.privacy.ForgottenCreators;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A file's batch without the creators forgotten on request, and one warning per creator left out. */
record ForgottenSkips(CatalogBatch batch, List<ImportProblem> warnings) {

    static ForgottenSkips of(Path file, CatalogBatch batch, ForgottenCreators forgotten) {
        Map<CreatorKey, Instant> found = forgotten.among(batch.namedCreators());
        if (found.isEmpty()) {
            return new ForgottenSkips(batch, List.of());
        }
        CatalogBatch kept = new CatalogBatch(
                batch.source(),
                batch.creators().stream()
                        .filter(c -> !found.containsKey(c.key()))
                        .toList(),
                batch.posts().stream()
                        .filter(p -> !found.containsKey(p.creator()))
                        .toList(),
                batch.snapshots().stream()
                        .filter(s -> !found.containsKey(s.creator()))
                        .toList());
        List<ImportProblem> warnings = found.entrySet().stream()
                .map(e -> ForgottenWarning.about(file.toString(), e.getKey(), e.getValue()))
                .toList();
        return new ForgottenSkips(kept, warnings);
    }
}
