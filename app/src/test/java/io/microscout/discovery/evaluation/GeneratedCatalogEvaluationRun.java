package io.microscout.discovery.evaluation;

import io.microscout.discovery.CreatorProfile;
import io.microscout.discovery.DiscoveryService;
import io.microscout.discovery.IndexedCreators;
import io.microscout.discovery.TextEmbedder;
import io.microscout.discovery.fakes.HashingEmbedder;
import io.microscout.discovery.fakes.InMemoryCreatorIndex;
import io.microscout.discovery.fakes.InMemoryProfiles;
import io.microscout.niche.ContentProfile;
import io.microscout.niche.ContentProfiler;
import io.microscout.niche.ValueThemes;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A measurement, not a test: discovery's ranking and the content detectors against a generated catalog's ground
 * truth. Args: the folder {@code microscout generate} wrote, then {@code minilm} or {@code hashed}.
 */
public final class GeneratedCatalogEvaluationRun {
    /** The value themes the generator plants (MicroScout also detects cruelty-free, clean and inclusive). */
    private static final Set<String> GENERATED_VALUES =
            Set.of("vegan", "sustainable", "family", "faith", "lgbtq", "body-positive");

    private GeneratedCatalogEvaluationRun() {}

    public static void main(String[] args) throws Exception {
        GeneratedCatalog catalog = new GeneratedCatalog(Path.of(args[0]));
        TextEmbedder embedder = args.length > 1 && args[1].equals("minilm")
                ? new io.microscout.embedding.OnnxTextEmbedder(io.microscout.embedding.SentenceModel.DEFAULT)
                : new HashingEmbedder();
        detectors(catalog);
        InMemoryProfiles profiles = new InMemoryProfiles();
        catalog.profiles.forEach(profiles::add);
        InMemoryCreatorIndex index = new InMemoryCreatorIndex();
        long t0 = System.nanoTime();
        IndexedCreators.upsert(index, catalog.profiles, embedder);
        System.out.printf(
                Locale.ROOT,
                "indexed %d creators in %.1f s with %s%n",
                catalog.profiles.size(),
                (System.nanoTime() - t0) / 1e9,
                embedder.getClass().getSimpleName());
        DiscoveryService service = new DiscoveryService(index, profiles, embedder);
        System.out.print(DiscoveryEvaluation.run(catalog.nicheSet(), service::discover, 10, 20)
                .format());
        Double valuesWeight = args.length > 2 ? Double.valueOf(args[2]) : null;
        EvaluationReport pairs =
                DiscoveryEvaluation.run(catalog.nicheAndValueSet(10, valuesWeight), service::discover, 10, 20);
        System.out.printf(
                Locale.ROOT,
                "%s (values weight %s): %d briefs, mean P@10 %.3f, mean nDCG@20 %.3f%n",
                pairs.setName(),
                valuesWeight == null ? "default" : valuesWeight,
                pairs.cases().size(),
                pairs.meanPrecision(),
                pairs.meanNdcg());
    }

    private static void detectors(GeneratedCatalog catalog) {
        ContentProfiler profiler = new ContentProfiler();
        int n = 0, top = 0, found = 0, valuesTrue = 0, valuesHit = 0, valuesFlagged = 0, valuesRight = 0;
        int risksTrue = 0, risksHit = 0, risksFlagged = 0, risksRight = 0;
        for (CreatorProfile p : catalog.profiles) {
            var truth = catalog.truth.get(p.key());
            ContentProfile c = profiler.profile(p.creator().biography(), p.recentPosts());
            n++;
            String primary = truth.get("primary_niche");
            top += !c.niches().isEmpty() && c.niches().get(0).nicheId().equals(primary) ? 1 : 0;
            found += c.niche(primary).isPresent() ? 1 : 0;
            Set<String> values = split(truth.get("values")).stream()
                    .map(ValueThemes::normalize)
                    .collect(Collectors.toSet());
            Set<String> shown = c.values().entrySet().stream()
                    .filter(e -> GENERATED_VALUES.contains(e.getKey()))
                    .filter(e -> e.getValue().inBiography() || e.getValue().weightedShare() >= 0.1)
                    .map(e -> e.getKey())
                    .collect(Collectors.toSet());
            valuesTrue += values.size();
            valuesHit += values.stream().filter(shown::contains).count();
            valuesFlagged += shown.size();
            valuesRight += shown.stream().filter(values::contains).count();
            Set<String> risks = split(truth.get("risks"));
            Set<String> flagged = c.risks().entrySet().stream()
                    .filter(e -> e.getValue().weightedShare() >= 0.1)
                    .map(e -> e.getKey())
                    .collect(Collectors.toSet());
            risksTrue += risks.size();
            risksHit += risks.stream().filter(flagged::contains).count();
            risksFlagged += flagged.size();
            risksRight += flagged.stream().filter(risks::contains).count();
        }
        System.out.printf(
                Locale.ROOT,
                "niche: top detected = primary in %.3f of %d creators; primary detected in %.3f%n",
                (double) top / n,
                n,
                (double) found / n);
        System.out.printf(
                Locale.ROOT,
                "values the generator plants (in bio or >=10%% of posts): recall %.3f, precision %.3f%n",
                (double) valuesHit / valuesTrue,
                (double) valuesRight / valuesFlagged);
        System.out.printf(
                Locale.ROOT,
                "risky topics (>=10%% of posts): recall %.3f, precision %.3f%n",
                (double) risksHit / risksTrue,
                (double) risksRight / risksFlagged);
    }

    private static Set<String> split(String s) {
        return s == null || s.isBlank()
                ? Set.of()
                : Arrays.stream(s.split("[|;, ]+"))
                        .filter(x -> !x.isBlank())
                        .map(x -> x.trim().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
    }
}
