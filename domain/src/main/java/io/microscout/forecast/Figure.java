package io.microscout.forecast;

import java.util.Locale;

/** A forecast figure. Rates are fractions; money is US dollars. */
public enum Figure {
    IMPRESSIONS("impressions", "times the content is seen"),
    ENGAGEMENTS("engagements", "likes + comments"),
    CLICKS("clicks", "impressions x click-through rate"),
    CONVERSIONS("conversions", "clicks x conversion rate"),
    REVENUE("revenue", "conversions x average order value"),
    COST("cost", "price paid"),
    CPM("cpm", "cost / impressions x 1000"),
    CPE("cpe", "cost / engagements"),
    CPA("cpa", "cost / conversions"),
    ROAS("roas", "revenue / cost"),
    ROI("roi", "(revenue - cost) / cost"),
    EMV("emv", "EMV CPM x impressions / 1000 (Upfluence)");

    private final String id;
    private final String formula;

    Figure(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    /** The JSON name ("roas"). */
    public String id() {
        return id;
    }

    public String formula() {
        return formula;
    }

    public boolean isMoney() {
        return this == REVENUE || this == COST || this == CPM || this == CPE || this == CPA || this == EMV;
    }

    public String label() {
        return this == CPM || this == CPE || this == CPA || this == ROAS || this == ROI || this == EMV
                ? id.toUpperCase(Locale.ROOT)
                : id;
    }
}
