package io.microscout.cli;

import io.microscout.brief.Brief;
import io.microscout.brieffile.BriefFiles;
import io.microscout.cli.common.CatalogDiscoveryBackend;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.DiscoveryBackend;
import io.microscout.cli.common.UserException;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.RankedCreator;
import io.microscout.discovery.Ranker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code microscout discover}: creators ranked for a brief, or lookalikes of a creator, each with its reasons. */
@Command(
        name = "discover",
        mixinStandardHelpOptions = true,
        description = {
            "Find the creators that best fit a brief (or that are like a given creator), ranked by one "
                    + "fit score with its components: relevance, audience, authenticity, engagement, values, brand "
                    + "safety and willingness, each with a reason.",
            "Hard filters in the brief are exact. See docs/brief.md for the brief's keys and docs/discovery.md "
                    + "for the score."
        })
public final class DiscoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--brief", paramLabel = "FILE", description = "brief file (YAML or JSON)")
    Path brief;

    @Option(names = "--like", paramLabel = "PLATFORM:HANDLE", description = "find creators like this one (lookalikes)")
    String like;

    @Option(
            names = "--all-platforms",
            description = "with --like: look on every platform (default: the seed's platform only)")
    boolean allPlatforms;

    @Option(
            names = "--ranker",
            defaultValue = "microscout",
            paramLabel = "microscout|bm25|embedding",
            description =
                    "with --brief: rank by MicroScout's fit score (default), or by BM25 or the embedding alone, to compare")
    String ranker;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "20",
            description = "how many creators (default ${DEFAULT-VALUE})")
    int top;

    @Option(
            names = "--json",
            description =
                    "print JSON: {\"results\": [{platform, handle, score, components: {name: {value, weight, reason}}}]}")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write every score and reason to this CSV file")
    Path csv;

    @Mixin
    CatalogOptions catalog;

    private final DiscoveryBackend.Factory backends;

    public DiscoverCommand() {
        this(CatalogDiscoveryBackend.factory());
    }

    /** @param backends what to run on (tests: fixtures) */
    public DiscoverCommand(DiscoveryBackend.Factory backends) {
        this.backends = backends;
    }

    private Ranker rankerOption() {
        try {
            return Ranker.parse(ranker);
        } catch (IllegalArgumentException e) {
            throw new UserException("--ranker: " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        if ((brief == null) == (like == null)) {
            throw new UserException("give either --brief FILE or --like PLATFORM:HANDLE");
        }
        if (allPlatforms && like == null) {
            throw new UserException("--all-platforms goes with --like (a brief names its platforms under platforms:)");
        }
        if (top <= 0) {
            throw new UserException("--top must be positive, got " + top);
        }
        Brief parsed = brief == null ? null : BriefFiles.read(brief);
        CreatorKey seed = like == null ? null : CreatorKey.parse(like);
        List<RankedCreator> results;
        try (DiscoveryBackend backend =
                backends.open(catalog, spec.commandLine().getErr())) {
            results = parsed != null
                    ? backend.discovery().discover(parsed, top, rankerOption())
                    : backend.discovery().lookalikes(seed, top, allPlatforms);
            PrintWriter err = spec.commandLine().getErr();
            backend.caveats(parsed).forEach(c -> err.println("warning: " + c));
            err.flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(DiscoveryOutput.json(results));
        } else {
            out.print(DiscoveryOutput.table(results));
            if (parsed != null) {
                out.println("Will they say yes? discover makes no offer (a deliverable at a price), so it gives no"
                        + " likelihood or expected value: `plan --brief FILE` gives each creator's likelihood for the"
                        + " plan's offer and the expected value, likelihood x P50 (docs/planning.md)");
            }
        }
        if (csv != null) {
            DiscoveryOutput.writeCsv(results, csv);
            if (!json) {
                out.println("wrote " + results.size() + " rows with every score to " + csv);
            }
        }
        out.flush();
        return 0;
    }
}
