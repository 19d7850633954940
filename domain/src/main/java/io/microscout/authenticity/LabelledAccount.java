package io.microscout.authenticity;

import java.util.Objects;

/**
 * An account profile whose truth is known: training and evaluation data.
 *
 * @param source the labelled set it comes from ("instafake", "purba2020", ...): training weighs sources equally
 *               and the leave-one-source-out evaluation holds one out at a time
 */
public record LabelledAccount(AccountProfile profile, boolean fake, String source) {
    public static final String UNNAMED_SOURCE = "unnamed";

    public LabelledAccount {
        Objects.requireNonNull(profile, "profile");
        source = source == null || source.isBlank() ? UNNAMED_SOURCE : source;
    }

    public LabelledAccount(AccountProfile profile, boolean fake) {
        this(profile, fake, UNNAMED_SOURCE);
    }
}
