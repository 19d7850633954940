package io.microscout.cli.privacy;

import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.creator.CreatorKey;
import io.microscout.privacy.PersonalData.ForgetReport;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code microscout forget PLATFORM:HANDLE}: removes a creator everywhere and records that they were forgotten. */
@Command(
        name = "forget",
        mixinStandardHelpOptions = true,
        description = "Remove a creator everywhere (profile, posts, snapshots, metrics, follower samples, comments,"
                + " authenticity, quotes, notes, plans' selections, the search index, and what outreach and campaigns"
                + " hold) and record that they were forgotten (a hash of the key), so that imports skip them with a"
                + " warning unless --allow-forgotten. Prints the rows removed per table.")
public final class ForgetCommand implements Callable<Integer> {
    @Mixin
    CatalogOptions catalog;

    @Parameters(paramLabel = "PLATFORM:HANDLE", description = "the creator, e.g. instagram:zoe.h.beauty")
    String creator;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CreatorKey key = CreatorKey.parse(creator);
        PrintWriter out = spec.commandLine().getOut();
        try (MicroScout app = catalog.open()) {
            ForgetReport r = app.personalData().forget(key);
            if (json) {
                out.println(PersonalDataJson.write(PersonalDataJson.forget(r)));
            } else {
                out.println("forgot " + key + ": " + r.rowsRemoved() + " row(s) removed"
                        + (r.rowsRemoved() == 0 ? " (nothing was held)" : "")
                        + "; recorded as forgotten at " + r.forgottenAt());
                r.removed().forEach((holder, tables) -> print(out, holder, tables));
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String holder, Map<String, Integer> tables) {
        tables.forEach((table, n) -> {
            if (n > 0) {
                out.println("  " + holder + " / " + table + ": " + n);
            }
        });
    }
}
