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

/** {@code import FILE --format followers|comments [--creator P:H]}: follower samples and comments of creators. */
final class AudienceImports {
    static final Set<String> FORMATS = Set.of("followers", "comments");

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
        boolean followers = format.toLowerCase(Locale.ROOT).equals("followers");
        List<AudienceImport.Outcome> outcomes;
        try (MicroScout app = catalog.open()) {
            outcomes = followers
                    ? app.audienceImport().followers(files, options, key)
                    : app.audienceImport().comments(files, options, key);
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
