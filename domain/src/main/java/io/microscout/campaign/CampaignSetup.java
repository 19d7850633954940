package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import io.microscout.forecast.EngagementHistory;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Forecast;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.forecast.ForecastSubject;
import io.microscout.forecast.Forecaster;
import io.microscout.forecast.Interval;
import io.microscout.forecast.SegmentRates;
import io.microscout.tier.Tier;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes a campaign from agreements: a promo code and tracking link per creator, the deliverables, and the
 * forecast under the workspace's learned priors (P10/P50/P90 for the campaign, each creator and each tier).
 */
public final class CampaignSetup {
    /** What the catalog knows of a creator when the campaign is made. */
    public record CreatorFacts(Tier tier, long followers, long[] engagementHistory) {}

    private final ForecastAssumptions assumptions;
    private final SegmentRates learned;
    private final Function<CreatorKey, Optional<CreatorFacts>> catalog;

    public CampaignSetup(
            ForecastAssumptions assumptions,
            SegmentRates learned,
            Function<CreatorKey, Optional<CreatorFacts>> catalog) {
        this.assumptions = assumptions;
        this.learned = learned;
        this.catalog = catalog;
    }

    /**
     * @param takenCodes the workspace's promo codes already in use (normalised)
     * @param ids        new row ids (the store's)
     */
    public Campaign create(
            long workspace,
            String name,
            String landingUrl,
            String planName,
            List<Agreement> agreements,
            Set<String> takenCodes,
            Instant now,
            java.util.function.LongSupplier ids) {
        if (agreements.isEmpty()) {
            throw new IllegalArgumentException("a campaign needs at least one creator with a deliverable");
        }
        String landing = TrackingLinks.checkLanding(landingUrl);
        Set<String> taken = new HashSet<>(takenCodes);
        Map<CreatorKey, CampaignCreator> creators = new LinkedHashMap<>();
        List<CampaignDeliverable> deliverables = new ArrayList<>();
        List<ForecastSubject> subjects = new ArrayList<>();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        for (Agreement a : agreements) {
            Optional<CreatorFacts> facts = catalog.apply(a.creator());
            CampaignCreator c = creators.computeIfAbsent(a.creator(), k -> {
                String code = PromoCodes.forCreator(k, year, taken);
                taken.add(code);
                return new CampaignCreator(
                        k,
                        facts.map(CreatorFacts::tier).orElse(Tier.MICRO),
                        facts.map(CreatorFacts::followers).orElse(0L),
                        code,
                        TrackingLinks.newToken());
            });
            deliverables.add(new CampaignDeliverable(
                    ids.getAsLong(),
                    a.creator(),
                    a.format(),
                    a.due(),
                    a.priceCents(),
                    CampaignDeliverable.Status.AGREED));
            facts.filter(f -> f.followers() > 0)
                    .ifPresent(f -> subjects.add(new ForecastSubject(
                            a.creator(),
                            c.tier(),
                            f.followers(),
                            a.format(),
                            EngagementHistory.of(f.engagementHistory()),
                            a.priceCents() / 100.0)));
        }
        CampaignForecast forecast = forecast(subjects, name.hashCode());
        return new Campaign(
                ids.getAsLong(),
                workspace,
                name,
                Names.slug(name),
                landing,
                planName,
                now,
                assumptions.averageOrderValue(),
                List.copyOf(creators.values()),
                deliverables,
                forecast);
    }

    /** The campaign's forecast; creators missing from the catalog are left out of it (and said so). */
    CampaignForecast forecast(List<ForecastSubject> subjects, long seed) {
        if (subjects.isEmpty()) {
            return CampaignForecast.none();
        }
        Forecaster forecaster = new Forecaster(assumptions, learned);
        Forecast all = forecaster.forecast(subjects, seed);
        Map<CreatorKey, List<ForecastSubject>> byCreator = new LinkedHashMap<>();
        Map<Tier, List<ForecastSubject>> byTier = new LinkedHashMap<>();
        for (ForecastSubject s : subjects) {
            byCreator.computeIfAbsent(s.creator(), k -> new ArrayList<>()).add(s);
            byTier.computeIfAbsent(s.tier(), k -> new ArrayList<>()).add(s);
        }
        Map<CreatorKey, Map<Figure, Interval>> perCreator = new LinkedHashMap<>();
        byCreator.forEach((k, list) ->
                perCreator.put(k, forecaster.forecast(list, seed + k.hashCode()).totals()));
        Map<Tier, Map<Figure, Interval>> perTier = new LinkedHashMap<>();
        byTier.forEach((t, list) ->
                perTier.put(t, forecaster.forecast(list, seed + t.ordinal()).totals()));
        String basis = (learned.isEmpty() ? "default rates" : "rates " + learned.source())
                + "; average order value " + io.microscout.pricing.Money.format(assumptions.averageOrderValue())
                + "; seed " + seed + ", " + all.draws() + " draws";
        return new CampaignForecast(all.totals(), perCreator, perTier, basis);
    }
}
