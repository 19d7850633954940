package io.microscout.cli;

import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.creator.CreatorKey;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.audience.AudienceImport;
import io.microscout.importer.audience.DemographicsImport;
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        if (kind.equals("insights") || kind.equals("media-kit")) {
            List<DemographicsImport.Outcome> outcomes;
            try (MicroScout app = catalog.open()) {
                outcomes = kind.equals("insights")
                        ? app.demographicsImport().insights(files, options, key)
                        : app.demographicsImport().mediaKits(files, options, key);
            }
            for (DemographicsImport.Outcome o : outcomes) {
                failed |= FileReport.print(
                        out, err, o.file(), o.recordsRead(), o.problems(), o.stored(), measuredAudienceChanges(o));
            }
        } else {
            boolean followers = kind.equals("followers");
            List<AudienceImport.Outcome> outcomes;
            try (MicroScout app = catalog.open()) {
                outcomes = followers
                        ? app.audienceImport().followers(files, options, key)
                        : app.audienceImport().comments(files, options, key);
            }
            for (AudienceImport.Outcome o : outcomes) {
                failed |= FileReport.print(
                        out, err, o.file(), o.recordsRead(), o.problems(), o.stored(), samplesChanges(o, followers));
            }
        }
        err.flush();
        out.flush();
        return failed ? UserErrors.USER_ERROR : 0;
    }

    private static String measuredAudienceChanges(DemographicsImport.Outcome o) {
        return o.creatorsChanged() == 0
                ? "unchanged (" + o.reportsUnchanged() + " report(s) already up to date)"
                : String.format(
                        "measured audience of %d creator(s) stored (%d report(s)), %d report(s) unchanged;"
                                + " discover and plan use it instead of the estimate",
                        o.creatorsChanged(), o.reportsStored(), o.reportsUnchanged());
    }

    private static String samplesChanges(AudienceImport.Outcome o, boolean followers) {
        return o.creatorsChanged() == 0
                ? "unchanged (" + o.creatorsUnchanged() + " creators already up to date)"
                : String.format(
                        "%s of %d creator(s) stored (%d %s), %d unchanged; authenticity rescored",
                        followers ? "follower samples" : "comments",
                        o.creatorsChanged(),
                        o.rowsAdded(),
                        followers ? "profiles" : "comments",
                        o.creatorsUnchanged());
    }
}
