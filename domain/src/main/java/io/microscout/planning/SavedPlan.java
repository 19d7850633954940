package io.microscout.planning;

import io.microscout.creator.CreatorKey;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.pricing.Deliverable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named shortlist kept for later (outreach, campaigns): what to buy, at what price and why, the totals, and
 * the assumptions it was made under (brief, budget, objective, rate card, seed, date).
 *
 * @param candidatesFrom where the candidates came from (says SYNTHETIC when generated)
 * @param rateCard       "MicroScout defaults" or the user's rate-card file
 * @param totals         every forecast figure of the whole plan as P10/P50/P90 (unknown figures absent)
 * @param document       the full plan as JSON, as {@code plan --json} printed it
 */
public record SavedPlan(
        String name,
        Instant savedAt,
        String briefName,
        double budget,
        Objective objective,
        String rateCard,
        long seed,
        String candidatesFrom,
        boolean synthetic,
        double cost,
        List<Item> selections,
        Map<Figure, Interval> totals,
        List<String> assumptions,
        String document) {

    /** One creator's deliverable in a saved plan. */
    public record Item(CreatorKey creator, Deliverable deliverable, double price, String priceBasis, String reason) {
        public Item {
            Objects.requireNonNull(creator, "creator");
            Objects.requireNonNull(deliverable, "deliverable");
        }
    }

    public SavedPlan {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException(
                    "a plan name is 1–100 letters, digits, '.', '_' or '-', got '" + name + "'");
        }
        selections = List.copyOf(selections);
        totals = totals.isEmpty() ? Map.of() : new EnumMap<>(totals);
        assumptions = List.copyOf(assumptions);
        document = document == null ? "" : document;
    }

    /** The plan under a name, with what it was made under. */
    public static SavedPlan of(String name, Plan plan, String rateCard, Instant savedAt, String document) {
        List<Item> items = plan.selections().stream()
                .map(s -> new Item(
                        s.candidate().creator(),
                        s.deliverable(),
                        s.price().point(),
                        s.price().basis().name().toLowerCase(java.util.Locale.ROOT),
                        s.reason()))
                .toList();
        return new SavedPlan(
                name,
                savedAt,
                plan.brief().name(),
                plan.brief().budget(),
                plan.brief().objective(),
                rateCard,
                plan.seed(),
                plan.candidatesFrom(),
                plan.synthetic(),
                plan.cost(),
                items,
                plan.totals().totals(),
                plan.assumptions(),
                document);
    }
}
