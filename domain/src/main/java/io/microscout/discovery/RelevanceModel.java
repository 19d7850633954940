package io.microscout.discovery;

import java.util.Locale;

/**
 * How relevance combines its evidence: meaning first, words and niches as evidence that can only add where meaning
 * agrees.
 * <pre>
 *   meaning   m = clamp((cos - floor) / span)
 *   evidence  e = (1 + wordsWeight x words + nicheWeight x niche) / (1 + wordsWeight + nicheWeight)   (known parts)
 *   relevance   = m x e
 * </pre>
 * A creator the meaning puts off-topic ({@code m = 0}: a make-up "artist" for an art-supplies brief) stays at 0
 * however many keywords match; among creators the meaning finds on-topic, keyword and niche evidence reorders.
 * Without a vector (no embedder, or a creator with no text) meaning is unknown and relevance is the plain mean of the
 * known word and niche parts.
 *
 * <p>The default values are not set by hand: they are the parameters that {@code ./microscout eval discovery
 * --fit-relevance} chose (leave-one-brief-out cross-validation on mean nDCG@10) on the real labelled sets, see
 * docs/discovery.md "Fitting relevance" for the data, the command and the cross-validated numbers.
 */
public record RelevanceModel(double floor, double span, double wordsWeight, double nicheWeight) {

    /** Fitted on the real labelled sets (docs/discovery.md, "Fitting relevance"). */
    public static final RelevanceModel FITTED = new RelevanceModel(0.05, 0.30, 1.00, 0.50);

    public RelevanceModel {
        if (span <= 0 || wordsWeight < 0 || nicheWeight < 0) {
            throw new IllegalArgumentException("span must be positive and weights not negative");
        }
    }

    /** The meaning part on 0..1, or null without a cosine. */
    public Double meaning(RelevanceEvidence e) {
        return e.cosine() == null ? null : Assessment.clamp((e.cosine() - floor) / span);
    }

    /** Relevance 0..1, or null when nothing is known. */
    public Double score(RelevanceEvidence e) {
        Double words = e.words();
        Double m = meaning(e);
        if (m == null) {
            if (words == null && e.niche() == null) {
                return null;
            }
            return words == null ? e.niche() : e.niche() == null ? words : (words + e.niche()) / 2;
        }
        double num = 1;
        double den = 1;
        if (words != null) {
            num += wordsWeight * words;
            den += wordsWeight;
        }
        if (e.niche() != null) {
            num += nicheWeight * e.niche();
            den += nicheWeight;
        }
        return m * num / den;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "floor %.2f, span %.2f, words %.2f, niche %.2f", floor, span, wordsWeight, nicheWeight);
    }
}
