package io.microscout.cli;

import io.microscout.app.MicroScout;
import io.microscout.authenticity.StoredAuthenticity;
import io.microscout.catalog.CatalogEntry;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Post;
import io.microscout.discovery.AudienceProfile;
import io.microscout.metrics.CreatorMetrics;
import io.microscout.niche.ContentProfile;
import io.microscout.niche.ContentProfiler;
import io.microscout.niche.NicheMatch;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.PriceEstimate;
import io.microscout.pricing.Pricer;
import io.microscout.pricing.PricingSubject;
import io.microscout.pricing.Quote;
import io.microscout.pricing.Quotes;
import io.microscout.pricing.RateCard;
import io.microscout.store.planning.JdbiQuotes;
import io.microscout.tier.Tier;
import io.microscout.tier.TierScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One creator as an export ({@code creators --csv} and {@code --json}) carries it: profile, contact, content
 * (niches, values, from the recent posts), metrics, authenticity, a price estimate and the audience, each
 * estimate said to be one. The columns are documented in docs/exports.md.
 */
public record CreatorExport(
        CatalogEntry entry,
        StoredAuthenticity authenticity,
        ContentProfile content,
        Deliverable deliverable,
        PriceEstimate price,
        String quoteDate,
        AudienceProfile audience,
        boolean demo) {
    /** The posts niches and values are read from, as the creator page and discovery read them. */
    static final int CONTENT_POSTS = 30;

    private static final ContentProfiler CONTENT = new ContentProfiler();

    static final List<String> COLUMNS = List.of(
            "platform",
            "handle",
            "name",
            "demo",
            "followers",
            "tier",
            "country",
            "language",
            "email",
            "links",
            "bio",
            "niches",
            "values",
            "er_mean_pct",
            "er_median_pct",
            "er_views_median_pct",
            "avg_likes",
            "avg_comments",
            "avg_views",
            "metrics_source",
            "posts_analysed",
            "posts_total",
            "authenticity",
            "authenticity_confidence",
            "price_deliverable",
            "price_basis",
            "price_quoted_at",
            "price_low_usd",
            "price_usd",
            "price_high_usd",
            "audience_countries",
            "audience_estimated_from",
            "audience_measured_by");

    /** The export of these entries: their posts read in one go, prices from the default rate card. */
    static List<CreatorExport> of(MicroScout app, List<CatalogEntry> found, Map<CreatorKey, StoredAuthenticity> auth) {
        List<CreatorKey> keys = found.stream().map(e -> e.creator().key()).toList();
        Map<CreatorKey, List<Post>> posts = app.catalog().postsOf(keys);
        Set<CreatorKey> demo = DemoCatalog.keysAmong(app, keys);
        // The home's recorded quotes win (labelled quoted, with their date); the default rate card otherwise.
        Quotes quotes = new JdbiQuotes(app.store().jdbi(), app.clock()).snapshot();
        Pricer pricer = new Pricer(RateCard.defaults(), app.tierScheme(), quotes);
        List<CreatorExport> out = new ArrayList<>();
        for (CatalogEntry e : found) {
            Creator c = e.creator();
            List<Post> recent = posts.getOrDefault(c.key(), List.of());
            ContentProfile content =
                    CONTENT.profile(c.biography(), recent.subList(0, Math.min(CONTENT_POSTS, recent.size())));
            Deliverable d = firstDeliverable(c);
            PriceEstimate price = price(pricer, app.tierScheme(), e, d);
            out.add(new CreatorExport(
                    e,
                    auth.get(c.key()),
                    content,
                    d,
                    price,
                    quotes.latest(c.key(), d)
                            .map(Quote::recordedAt)
                            .map(t -> t.toString().substring(0, 10))
                            .orElse(null),
                    AudienceView.of(c, app.measuredAudience(c.key())),
                    demo.contains(c.key())));
        }
        return out;
    }

    /** The cheapest everyday buy of the platform: its first deliverable (a post, an integration, a video). */
    private static Deliverable firstDeliverable(Creator c) {
        for (Deliverable d : Deliverable.values()) {
            if (d.platform() == c.platform()) {
                return d;
            }
        }
        throw new IllegalStateException("no deliverable for " + c.platform());
    }

    private static PriceEstimate price(Pricer pricer, TierScheme scheme, CatalogEntry e, Deliverable d) {
        Creator c = e.creator();
        Tier tier = c.followers() == null ? null : scheme.tierOf(c.followers());
        if (tier == null) {
            return null;
        }
        CreatorMetrics m = e.metrics();
        return pricer.price(PricingSubject.of(c.key(), tier, c.followers(), m, c.countryCode()), d);
    }

    /** The CSV row, in {@link #COLUMNS}' order: numbers plain, rates as percentages with two decimals. */
    List<Object> csvRow(TierScheme scheme) {
        Creator c = entry.creator();
        CreatorMetrics m = entry.metrics();
        List<Object> r = new ArrayList<>();
        r.add(c.platform().id());
        r.add(c.handle());
        r.add(text(c.displayName()));
        r.add(demo ? "yes" : "");
        r.add(c.followers() == null ? "" : c.followers());
        r.add(text(CatalogJson.tier(c, scheme)));
        r.add(text(c.countryCode()));
        r.add(text(c.languageCode()));
        r.add(text(c.contactEmail()));
        r.add(String.join(" ", c.links()));
        r.add(text(c.biography()));
        r.add(String.join("; ", content.nicheIds()));
        r.add(String.join("; ", content.values().keySet().stream().sorted().toList()));
        r.add(percent(m == null ? null : m.engagementRateMean()));
        r.add(percent(m == null ? null : m.engagementRateMedian()));
        r.add(percent(m == null ? null : m.engagementRateByViewsMedian()));
        r.add(whole(m == null ? null : m.averageLikes()));
        r.add(whole(m == null ? null : m.averageComments()));
        r.add(whole(m == null ? null : m.averageViews()));
        r.add(m == null || m.source() == null ? "" : m.source());
        r.add(m == null ? 0 : m.postsAnalysed());
        r.add(c.mediaCount() == null ? "" : c.mediaCount());
        r.add(authenticity == null || authenticity.score() == null ? "" : authenticity.score());
        r.add(
                authenticity == null
                        ? ""
                        : authenticity.score() == null
                                ? "not enough data"
                                : authenticity.confidence().name().toLowerCase(Locale.ROOT));
        r.add(price == null ? "" : deliverable.id());
        r.add(price == null ? "" : basis(price));
        r.add(quotedAt(price));
        r.add(price == null ? "" : money(price.low()));
        r.add(price == null ? "" : money(price.point()));
        r.add(price == null ? "" : money(price.high()));
        r.add(shares(audience.data().countries()));
        r.add(audience.estimated() ? audience.estimatedFrom() : "");
        r.add(audience.estimated() ? "" : audience.basis());
        return r;
    }

    /** What {@code creators --json} adds to a creator's summary. */
    void addTo(Map<String, Object> j) {
        j.put("demo", demo);
        j.put("contactEmail", entry.creator().contactEmail());
        j.put("links", entry.creator().links());
        j.put("biography", entry.creator().biography());
        j.put("postsTotal", entry.creator().mediaCount());
        j.put("niches", content.niches().stream().map(NicheMatch::nicheId).toList());
        j.put("values", content.values().keySet().stream().sorted().toList());
        j.put("authenticity", CatalogJson.authenticity(authenticity));
        if (price == null) {
            j.put("price", null);
        } else {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("basis", basis(price));
            p.put("estimate", price.basis() == PriceEstimate.Basis.ESTIMATE);
            p.put("quotedAt", quotedAt(price).isEmpty() ? null : quotedAt(price));
            p.put("deliverable", deliverable.id());
            p.put("lowUsd", price.low());
            p.put("pointUsd", price.point());
            p.put("highUsd", price.high());
            p.put("explanation", price.explanation());
            j.put("price", p);
        }
        j.put("audience", AudienceView.json(audience));
    }

    /** "quoted" for the creator's recorded quote, "estimate" for the rate card's. */
    private static String basis(PriceEstimate price) {
        return price.basis() == PriceEstimate.Basis.QUOTE ? "quoted" : "estimate";
    }

    /** The date of the quote (yyyy-mm-dd), or "" for an estimate. */
    private String quotedAt(PriceEstimate price) {
        if (price == null || price.basis() != PriceEstimate.Basis.QUOTE) {
            return "";
        }
        return quoteDate == null ? "" : quoteDate;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** A fraction as a percentage number with two decimals: 0.017149 -> "1.71"; unknown -> "". */
    static String percent(Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.2f", rate * 100);
    }

    private static String whole(Double v) {
        return v == null ? "" : String.valueOf(Math.round(v));
    }

    private static String money(double usd) {
        return String.format(Locale.ROOT, "%.2f", usd);
    }

    /** "GB 100%; US 0%" style, largest first. */
    public static String shares(Map<String, Double> shares) {
        return String.join(
                "; ",
                shares.entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .map(e -> e.getKey() + " " + Math.round(e.getValue() * 100) + "%")
                        .toList());
    }
}
