package io.microscout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.microscout.app.DiscoveryOffer;
import io.microscout.brief.FitComponent;
import io.microscout.cli.common.CsvWriter;
import io.microscout.cli.outreach.OutreachJson;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.ComponentScore;
import io.microscout.discovery.RankedCreator;
import io.microscout.niche.NicheMatch;
import io.microscout.outreach.likelihood.Acceptance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Discovery results as a table for people, JSON for programs, CSV for spreadsheets (every score, every reason). */
public final class DiscoveryOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiscoveryOutput() {}

    static String table(List<RankedCreator> results) {
        return table(results, Map.of(), null);
    }

    /**
     * The table, and under each creator with a likelihood its estimate for the offer, the expected value (likelihood
     * x fit) and each signal's reason.
     */
    static String table(List<RankedCreator> results, Map<CreatorKey, Acceptance> odds, DiscoveryOffer offer) {
        if (results.isEmpty()) {
            return "no creator passes the brief's filters\n";
        }
        StringBuilder sb = new StringBuilder(String.format(
                Locale.ROOT,
                "%4s  %-24s %-9s %10s %-6s %5s  %s%n",
                "rank",
                "handle",
                "platform",
                "followers",
                "tier",
                "score",
                "top reasons"));
        for (RankedCreator r : results) {
            List<String> reasons = r.fit().topReasons(2);
            sb.append(String.format(
                    Locale.ROOT,
                    "%4d  %-24s %-9s %10s %-6s %5.2f  %s%n",
                    r.rank(),
                    r.key().handle(),
                    r.key().platform().id(),
                    r.followers() == null ? "?" : String.format(Locale.ROOT, "%,d", r.followers()),
                    r.tier() == null ? "?" : r.tier().id(),
                    r.fit().score(),
                    reasons.isEmpty() ? "" : reasons.get(0)));
            for (int i = 1; i < reasons.size(); i++) {
                sb.append(String.format(Locale.ROOT, "%70s  %s%n", "", reasons.get(i)));
            }
            Acceptance a = odds.get(r.key());
            if (a != null) {
                sb.append(String.format(
                        Locale.ROOT,
                        "      will they say yes to %s? %s; expected fit %.2f (likelihood x fit %.2f, an estimate)%n",
                        offer.describe(r.key().platform()),
                        a.explain(),
                        DiscoveryOffer.expectedFit(r, a),
                        r.fit().score()));
                a.contributions()
                        .forEach(c -> sb.append("        ").append(c.explain()).append('\n'));
            }
        }
        return sb.toString();
    }

    public static String json(List<RankedCreator> results) {
        return json(results, Map.of(), null);
    }

    /**
     * The JSON, each creator with a likelihood for the offer carrying {@code acceptance} (as {@code outreach
     * likelihood --json} writes it, plus the offer) and {@code expectedValue} (likelihood x fit score).
     */
    public static String json(List<RankedCreator> results, Map<CreatorKey, Acceptance> odds, DiscoveryOffer offer) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RankedCreator r : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", r.rank());
            row.put("platform", r.key().platform().id());
            row.put("handle", r.key().handle());
            row.put("displayName", r.displayName());
            row.put("followers", r.followers());
            row.put("tier", r.tier() == null ? null : r.tier().id());
            row.put("score", round(r.fit().score()));
            row.put("evidence", round(r.fit().evidence()));
            row.put("evidenceReason", r.fit().explainEvidence());
            Map<String, Object> components = new LinkedHashMap<>();
            for (ComponentScore c : r.fit().components()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("value", c.value() == null ? null : round(c.value()));
                m.put("counted", c.counted() == null ? null : round(c.counted()));
                m.put("weight", c.weight());
                m.put("reason", c.reason());
                String estimatedFrom = io.microscout.discovery.AudienceProfile.estimatedFromIn(c.reason());
                if (estimatedFrom != null) {
                    m.put("estimate", true);
                    m.put("estimatedFrom", estimatedFrom);
                }
                components.put(c.component().id(), m);
            }
            row.put("components", components);
            List<Map<String, Object>> niches = new ArrayList<>();
            for (NicheMatch n : r.content().niches()) {
                niches.add(Map.of(
                        "id",
                        n.nicheId(),
                        "confidence",
                        round(n.confidence()),
                        "evidence",
                        n.count().explain(3)));
            }
            row.put("niches", niches);
            row.put("sponsoredShare", r.content().sponsoredShare());
            Acceptance a = odds.get(r.key());
            if (a != null) {
                Map<String, Object> acceptance = new LinkedHashMap<>(OutreachJson.acceptance(a));
                acceptance.put(
                        "offer",
                        Map.of(
                                "deliverable",
                                offer.deliverableFor(r.key().platform()).id(),
                                "price",
                                offer.price(),
                                "basis",
                                offer.basis()));
                row.put("acceptance", acceptance);
                Map<String, Object> expected = new LinkedHashMap<>();
                expected.put("value", "fit score");
                expected.put("fit", round(r.fit().score()));
                expected.put("likelihood", a.probability());
                expected.put("expected", round(DiscoveryOffer.expectedFit(r, a)));
                expected.put("estimate", true);
                row.put("expectedValue", expected);
            }
            rows.add(row);
        }
        try {
            return JSON.writeValueAsString(Map.of("results", rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeCsv(List<RankedCreator> results, Path file) throws IOException {
        List<String> header =
                new ArrayList<>(List.of("rank", "platform", "handle", "followers", "tier", "score", "evidence"));
        for (FitComponent c : FitComponent.values()) {
            header.addAll(List.of(c.id(), c.id() + "_weight", c.id() + "_reason"));
        }
        header.add("niches");
        try (Writer w = Files.newBufferedWriter(file)) {
            CsvWriter csv = CsvWriter.of(w, header);
            for (RankedCreator r : results) {
                List<Object> row = new ArrayList<>(List.of(
                        r.rank(),
                        r.key().platform().id(),
                        r.key().handle(),
                        r.followers() == null ? "" : r.followers(),
                        r.tier() == null ? "" : r.tier().id(),
                        round(r.fit().score()),
                        round(r.fit().evidence())));
                for (FitComponent c : FitComponent.values()) {
                    ComponentScore s = r.fit().component(c);
                    row.add(s.value() == null ? "" : round(s.value()));
                    row.add(s.weight());
                    row.add(s.reason());
                }
                row.add(String.join(
                        "; ",
                        r.content().niches().stream().map(NicheMatch::explain).toList()));
                csv.row(row);
            }
        }
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
