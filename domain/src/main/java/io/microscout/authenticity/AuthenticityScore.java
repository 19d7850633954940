package io.microscout.authenticity;

import java.util.List;

/**
 * A creator's authenticity from 0 (bought) to 100 (authentic): the weighted mean of the components that
 * could be measured, with every component shown, how sure it is, and "not enough data" where that is the truth
 * (then {@code score} is null).
 *
 * @param coveredWeight share of the components' total weight that could be measured
 * @param audience      the follower sample's composition, when a sample was given
 */
public record AuthenticityScore(
        Integer score,
        State state,
        Confidence confidence,
        double coveredWeight,
        List<AuthenticityComponent> components,
        AudienceComposition audience,
        String summary) {

    public enum State {
        SCORED,
        NOT_ENOUGH_DATA
    }

    public enum Confidence {
        LOW,
        MEDIUM,
        HIGH
    }

    public AuthenticityScore {
        components = List.copyOf(components);
    }

    public boolean enoughData() {
        return state == State.SCORED;
    }
}
