package io.microscout.app;

import io.microscout.authenticity.AccountClassifier;
import io.microscout.authenticity.AccountProfile;
import io.microscout.authenticity.AccountVerdict;
import io.microscout.authenticity.FakeAccountModel;
import io.microscout.models.AccountModelFile;
import java.util.function.Supplier;

/**
 * The shipped fake-account model, read on its first use rather than when MicroScout opens: parsing its trees
 * was a large share of a read command that never classifies an account ({@code creators}, {@code plans}; see
 * docs/speed.md). Answers exactly as the model does.
 */
final class ShippedAccountModel implements AccountClassifier {
    private final Supplier<FakeAccountModel> read;
    private volatile FakeAccountModel model;

    ShippedAccountModel() {
        this(AccountModelFile::shipped);
    }

    ShippedAccountModel(Supplier<FakeAccountModel> read) {
        this.read = read;
    }

    /** Whether the model was read (for tests: a command that classifies nothing must not read it). */
    boolean loaded() {
        return model != null;
    }

    private FakeAccountModel model() {
        FakeAccountModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = read.get();
                    model = m;
                }
            }
        }
        return m;
    }

    @Override
    public AccountVerdict classify(AccountProfile profile) {
        return model().classify(profile);
    }

    @Override
    public Flags flags(AccountProfile profile) {
        return model().flags(profile);
    }

    @Override
    public ErrorRates errorRates() {
        return model().errorRates();
    }
}
