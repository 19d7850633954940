package io.microscout.cli;

import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.creator.CreatorKey;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.audience.AudienceImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import FILE --format followers|comments|insights|media-kit [--creator P:H]}: follower samples, comments
 * and measured audiences (insights demographics, media kits) of creators already in the catalog.
 */
final class AudienceImports {
    static final Set<String> FORMATS = Set.of("followers", "comments", "insights", "media-kit");

    private AudienceImports() {}

    static int run(
            CatalogOptions catalog,
            List<Path> files,
            String format,
            ImportOptions options,
            String creator,
            CommandSpec spec)
            throws IOException {
        CreatorKey key = creator == null ? null : CreatorKey.parse(creator);
        String kind = format.toLowerCase(Locale.ROOT);
        boolean followers = kind.equals("followers");
        boolean demographics = kind.equals("insights") || kind.equals("media-kit");
        List<AudienceImport.Outcome> outcomes;
        try (MicroScout app = catalog.open()) {
            outcomes = switch (kind) {
                case "followers" -> app.audienceImport().followers(files, options, key);
                case "comments" -> app.audienceImport().comments(files, options, key);
                case "insights" -> app.demographicsImport().insights(files, options, key);
                default -> app.demographicsImport().mediaKits(files, options, key);
            };
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (AudienceImport.Outcome o : outcomes) {
            for (ImportProblem p : o.problems()) {
                err.println((o.stored() ? "skipped: " : "error: ") + p);
            }
            if (o.failed()) {
                failed = true;
                out.println(o.file() + ": nothing stored: " + o.problems().size() + " problem(s) above;"
                        + " fix them, or use --skip-invalid to store the valid records");
            } else {
                out.println(o.file() + ": " + o.recordsRead() + " records read"
                        + (o.problems().isEmpty() ? "" : ", " + o.problems().size() + " skipped") + "; "
                        + (o.creatorsChanged() == 0
                                ? "unchanged (" + o.creatorsUnchanged() + " creators already up to date)"
                                : demographics
                                        ? String.format(
                                                "measured audience of %d creator(s) stored (%d report(s)), %d unchanged;"
                                                        + " discover and plan use it instead of the estimate",
                                                o.creatorsChanged(), o.rowsAdded(), o.creatorsUnchanged())
                                        : String.format(
                                                "%s of %d creator(s) stored (%d %s), %d unchanged; authenticity rescored",
                                                followers ? "follower samples" : "comments",
                                                o.creatorsChanged(),
                                                o.rowsAdded(),
                                                followers ? "profiles" : "comments",
                                                o.creatorsUnchanged())));
            }
        }
        err.flush();
        out.flush();
        return failed ? UserErrors.USER_ERROR : 0;
    }
}
