package io.microscout.authenticity;

import java.util.Objects;

/** An account profile whose truth is known: training and evaluation data. */
public record LabelledAccount(AccountProfile profile, boolean fake) {
    public LabelledAccount {
        Objects.requireNonNull(profile, "profile");
    }
}
