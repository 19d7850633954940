package io.microscout.web;

import io.microscout.discovery.ComponentScore;
import io.microscout.discovery.RankedCreator;
import io.microscout.niche.ContentProfile;
import io.microscout.planning.BudgetComparison;
import io.microscout.planning.Plan;
import io.microscout.planning.SavedPlan;
import io.microscout.workspace.CreatorNote;
import io.microscout.workspace.SavedBrief;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The models of the pages (one record per template); values are formatted here, escaped by the templates. */
public final class Views {
    private Views() {}

    /** The brief form's fields as typed (lists comma-separated), kept to show the form again with its errors. */
    public record BriefForm(
            String name,
            String brand,
            String product,
            String keywords,
            String niches,
            String platforms,
            String values,
            String countries,
            String languages,
            String avoidTerms,
            String budget,
            String goal,
            String minFollowers,
            String maxFollowers,
            String minAuthenticity,
            String top,
            String offerPrice,
            String objective) {
        public static BriefForm empty() {
            return new BriefForm(
                    "",
                    "",
                    "",
                    "",
                    "",
                    "instagram, tiktok, youtube",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "sales",
                    "3000",
                    "100000",
                    "",
                    "20",
                    "",
                    "fit");
        }
    }

    public record DiscoverPage(
            Frame f,
            BriefForm form,
            List<RankedCreator> results,
            List<SavedBrief> briefs,
            String error,
            String errorField,
            String message,
            java.util.Map<io.microscout.creator.CreatorKey, io.microscout.outreach.likelihood.Acceptance> odds,
            io.microscout.app.DiscoveryOffer offer) {
        /** The creator's likelihood of a yes to the offer, or null. */
        public io.microscout.outreach.likelihood.Acceptance odds(RankedCreator r) {
            return odds == null ? null : odds.get(r.key());
        }

        /** Likelihood x fit score, two places. */
        public String expectedFit(RankedCreator r) {
            return score(io.microscout.app.DiscoveryOffer.expectedFit(r, odds(r)));
        }
    }

    public record CreatorsPage(Frame f, CreatorList list, Map<String, String> query, String next, String previous) {}

    public record CreatorPage(
            Frame f,
            CreatorView view,
            ContentProfile content,
            List<io.microscout.cli.ClaimEvidence.Claim> claims,
            List<Map<String, Object>> prices,
            List<CreatorNote> notes,
            String followersChart,
            String engagementChart,
            String message) {}

    public record PlanForm(
            String briefId, String briefText, String budget, String objective, String maxShare, String save) {}

    public record PlanPage(
            Frame f,
            PlanForm form,
            List<SavedBrief> briefs,
            Plan plan,
            BudgetComparison comparison,
            String comparisonChart,
            String error,
            String errorField,
            String message) {}

    public record PlansPage(Frame f, List<SavedPlan> plans, SavedPlan shown) {}

    /** A token just created: its secret, shown this once. */
    public record NewToken(String name, String secret) {}

    public record TokensPage(Frame f, List<io.microscout.workspace.ApiToken> tokens, NewToken created, String error) {}

    public record ImportsPage(Frame f, List<ImportJobs.Job> jobs, String error) {}

    public static String pct(Double v) {
        return v == null ? "unknown" : String.format(Locale.ROOT, "%.2f%%", v * 100);
    }

    public static String num(Number n) {
        return n == null ? "unknown" : String.format(Locale.ROOT, "%,d", n.longValue());
    }

    public static String money(double v) {
        return io.microscout.pricing.Money.format(v);
    }

    public static String score(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    public static String value(ComponentScore c) {
        return c.value() == null ? "unknown" : String.format(Locale.ROOT, "%.2f", c.value());
    }

    public static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
