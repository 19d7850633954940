package io.microscout.outreach.likelihood;

/**
 * The signals of the acceptance likelihood, each a number (its range below) with a prior weight in log-odds per
 * unit. The weights are MicroScout's assumptions, not published figures (no public study measures them); they
 * only set the direction and rough size until the workspace's own outcomes move them ({@link AcceptanceModel#learn}).
 */
public enum Signal {
    /** Values the brief names that the creator shows, 0..1 (discovery's values component), centred: 2 x (v - 0.5). */
    VALUES("values alignment", 0.6),
    /** 1 when a value the creator shows clashes with the brand or product (a vegan creator and leather), else 0. */
    VALUES_CLASH("values clash", -2.0),
    /** Brand-safety conflict, 0..1 (1 - discovery's brand-safety component). */
    BRAND_SAFETY("brand-safety conflict", -0.5),
    /** 1 when the creator @mentions a competitor the brief names (maybe under contract with it), else 0. */
    COMPETITOR("competitor mentions", -1.0),
    /** Sponsorship saturation: share of sponsored posts above 20%, per 40 points, 0..1. */
    SATURATION("sponsorship saturation", -0.8),
    /** ln(offered price / estimated rate), clipped to -2..2: an offer at half the rate gives -0.69. */
    OFFER_VS_RATE("offer vs estimated rate", 1.2),
    /** 1 when the creator replied to this workspace before (a move to replied or further), else 0. */
    PAST_REPLY("replied to this workspace before", 0.8),
    /** Earlier declines to this workspace, 0..2. */
    PAST_DECLINES("declined this workspace before", -0.7);

    private final String label;
    private final double priorWeight;

    Signal(String label, double priorWeight) {
        this.label = label;
        this.priorWeight = priorWeight;
    }

    public String label() {
        return label;
    }

    public double priorWeight() {
        return priorWeight;
    }
}
