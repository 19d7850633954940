package io.microscout.importer;

import io.microscout.creator.CreatorKey;
import java.time.Instant;

/**
 * The warning every import gives for a creator it leaves out because they were forgotten on request (microscout
 * forget); the file's other records are stored. One wording for the catalog, the audience and the
 * measured-audience imports.
 */
public final class ForgottenWarning {
    private ForgottenWarning() {}

    public static ImportProblem about(String file, CreatorKey creator, Instant forgottenAt) {
        return new ImportProblem(
                file,
                null,
                null,
                "creator " + creator + " not imported: forgotten on request (microscout forget) at " + forgottenAt
                        + "; --allow-forgotten imports them again");
    }
}
