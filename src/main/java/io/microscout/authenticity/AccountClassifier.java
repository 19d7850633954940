package io.microscout.authenticity;

/** Anything that tells a fake account from a real one by its profile ({@link FakeAccountModel}, a test rule). */
@FunctionalInterface
public interface AccountClassifier {
    AccountVerdict classify(AccountProfile profile);
}
