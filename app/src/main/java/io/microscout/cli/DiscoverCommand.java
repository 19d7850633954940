package io.microscout.cli;

import io.microscout.app.DiscoveryOffer;
import io.microscout.brief.Brief;
import io.microscout.brieffile.BriefFiles;
import io.microscout.cli.common.CatalogDiscoveryBackend;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.DiscoveryBackend;
import io.microscout.cli.common.UserException;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.RankedCreator;
import io.microscout.discovery.Ranker;
import io.microscout.outreach.likelihood.Acceptance;
import io.microscout.pricing.Deliverable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    @Option(
            names = "--offer-price",
            paramLabel = "AMOUNT",
            description = "offer each creator this many US dollars: shows each one's likelihood of a yes (an estimate,"
                    + " with its reasons) and the expected value, likelihood x fit score (default: the brief's budget"
                    + " x planning.maxSharePerCreator when it states both, else no likelihood)")
    Double offerPrice;

    @Option(
            names = "--deliverable",
            paramLabel = "ID",
            description = "the deliverable offered on its platform (e.g. instagram-reel); other platforms' creators are"
                    + " offered their common buy (instagram-post, youtube-video, tiktok-video, the default)")
    String deliverable;

    @Option(
            names = "--objective",
            defaultValue = "fit",
            paramLabel = "fit|expected-fit",
            description = "rank by the fit score (default) or, with an offer, by the expected fit: likelihood of a yes"
                    + " x fit, among discovery's top " + DiscoveryOffer.EXPECTED_POOL_FACTOR + " x --top")
    String objective;

    @Option(
            names = "--workspace",
            paramLabel = "NAME|ID",
            description = "whose outreach the likelihood learns from (its recorded outcomes, its board's history and"
                    + " quotes); default: the home's own")
    String workspace;

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

    private boolean expectedObjective() {
        return switch (objective.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "fit" -> false;
            case "expected-fit" -> true;
            default -> throw new UserException("--objective takes fit or expected-fit, not '" + objective + "'");
        };
    }

    private Deliverable deliverableOption() {
        if (deliverable == null) {
            return null;
        }
        try {
            return Deliverable.parse(deliverable);
        } catch (IllegalArgumentException e) {
            throw new UserException("--deliverable: " + e.getMessage());
        }
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
        boolean byExpected = expectedObjective();
        if (offerPrice != null && !(offerPrice > 0)) {
            throw new UserException("--offer-price must be a positive amount of US dollars, got " + offerPrice);
        }
        Brief parsed = brief == null ? null : BriefFiles.read(brief);
        DiscoveryOffer offer = DiscoveryOffer.of(offerPrice, "--offer-price", deliverableOption(), parsed);
        if (byExpected && offer == null) {
            throw new UserException("--objective expected-fit needs an offer: give --offer-price AMOUNT (or a brief"
                    + " with budget and planning.maxSharePerCreator)");
        }
        CreatorKey seed = like == null ? null : CreatorKey.parse(like);
        DiscoveryOffer.Ranking ranking;
        try (DiscoveryBackend backend =
                backends.open(catalog, spec.commandLine().getErr())) {
            var oddsOf = offer == null ? null : backend.offerOdds(parsed, offer, workspace);
            if (byExpected && oddsOf == null) {
                throw new UserException("--objective expected-fit: this catalog has no outreach to estimate from");
            }
            ranking = DiscoveryOffer.rank(
                    n -> parsed != null
                            ? backend.discovery().discover(parsed, n, rankerOption())
                            : backend.discovery().lookalikes(seed, n, allPlatforms),
                    top,
                    byExpected,
                    oddsOf);
            PrintWriter err = spec.commandLine().getErr();
            backend.caveats(parsed).forEach(c -> err.println("warning: " + c));
            err.flush();
        }
        List<RankedCreator> results = ranking.creators();
        Map<CreatorKey, Acceptance> odds = ranking.odds();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(DiscoveryOutput.json(results, odds, offer));
        } else {
            out.print(DiscoveryOutput.table(results, odds, offer));
            if (offer == null) {
                out.println("Will they say yes? give --offer-price AMOUNT (or a brief with budget and"
                        + " planning.maxSharePerCreator) for each creator's likelihood of a yes and the expected value,"
                        + " likelihood x fit; `plan --brief FILE` gives them for the plan's offers (docs/planning.md)");
            } else if (byExpected) {
                out.println("ranked by expected fit (likelihood of a yes x fit score, an estimate) among discovery's"
                        + " top " + ranking.pool() + "; rank is the fit's rank");
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
