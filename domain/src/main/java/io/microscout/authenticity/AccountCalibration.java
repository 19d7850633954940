package io.microscout.authenticity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The account classifier's error rates measured on a labelled sample of the user's own population (accounts the
 * user has judged fake or real, for example from the audiences they vet), instead of on the training sources.
 *
 * <p>Why: out of source, the false-positive rate varies from 0.04 to 0.42 between populations
 * (docs/authenticity.md), so an audience estimate built on "populations like the sources" cannot cover the truth
 * where a population's real accounts look fake (Purba 2020). The rates of the population itself can. Each rate is
 * the Beta posterior of its count under a uniform prior (recall ~ Beta(fakes flagged + 1, fakes missed + 1), the
 * false-positive rate likewise over the real accounts), so a sample of 40 says less than one of 400, and the
 * audience estimate ({@link FakeShareEstimate}) integrates over that uncertainty.
 *
 * @param sample       what was labelled (a file name), shown with every estimate that uses it
 * @param model        the classifier the rates were measured with ({@link #modelId}); rates of another model do
 *                     not apply
 * @param fakes        accounts labelled fake
 * @param fakesFlagged of those, called fake by the classifier
 * @param reals        accounts labelled real
 * @param realsFlagged of those, called fake by the classifier
 */
public record AccountCalibration(
        String sample, String model, int fakes, int fakesFlagged, int reals, int realsFlagged, Instant measuredAt) {

    /** Fewer labelled accounts of either kind than this say too little to measure a rate (MicroScout default). */
    public static final int MIN_PER_CLASS = 10;

    public AccountCalibration {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(measuredAt, "measuredAt");
        if (fakes < MIN_PER_CLASS || reals < MIN_PER_CLASS) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "%s: %d fake and %d real accounts labelled; a calibration needs at least %d of each",
                    sample,
                    fakes,
                    reals,
                    MIN_PER_CLASS));
        }
        if (fakesFlagged < 0 || fakesFlagged > fakes || realsFlagged < 0 || realsFlagged > reals) {
            throw new IllegalArgumentException("flagged counts must lie within the labelled counts");
        }
        if (!(betaMean(fakesFlagged, fakes) > betaMean(realsFlagged, reals))) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "%s: the classifier flags %d of %d fakes and %d of %d real accounts: it does not tell them apart"
                            + " on this population, so no audience estimate can be corrected with it",
                    sample,
                    fakesFlagged,
                    fakes,
                    realsFlagged,
                    reals));
        }
    }

    /** Classifies every labelled account with {@code classifier} and counts its hits and false alarms. */
    public static AccountCalibration measure(
            String sample, String model, List<LabelledAccount> accounts, AccountClassifier classifier, Instant at) {
        int fakes = 0;
        int fakesFlagged = 0;
        int reals = 0;
        int realsFlagged = 0;
        for (LabelledAccount a : accounts) {
            boolean flagged = classifier.flags(a.profile()).fake();
            if (a.fake()) {
                fakes++;
                fakesFlagged += flagged ? 1 : 0;
            } else {
                reals++;
                realsFlagged += flagged ? 1 : 0;
            }
        }
        return new AccountCalibration(sample, model, fakes, fakesFlagged, reals, realsFlagged, at);
    }

    /** What identifies a classifier for calibration: its description and threshold (a retrained model differs). */
    public static String modelId(FakeAccountModel model) {
        String identity = model.description() + "\n" + model.threshold() + "\n" + model.features() + "\n"
                + model.trees().trees().size();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The Beta posteriors' means and spreads (uniform priors), as the rates audience estimates use. */
    public AccountClassifier.ErrorRates rates() {
        return new AccountClassifier.ErrorRates(
                betaMean(fakesFlagged, fakes),
                betaMean(realsFlagged, reals),
                betaSd(fakesFlagged, fakes),
                betaSd(realsFlagged, reals));
    }

    /** How the rates are shown beside an estimate that uses them. */
    public String basis() {
        AccountClassifier.ErrorRates rates = rates();
        return String.format(
                Locale.ROOT,
                "error rates measured on your labelled sample %s (%d fake, %d real: recall %.2f, false-positive rate"
                        + " %.2f)",
                sample,
                fakes,
                reals,
                rates.recall(),
                rates.falsePositiveRate());
    }

    /** The same classifier, its audience estimates corrected with these rates. */
    public AccountClassifier applyTo(AccountClassifier classifier) {
        AccountCalibration calibration = this;
        return new AccountClassifier() {
            @Override
            public AccountVerdict classify(AccountProfile profile) {
                return classifier.classify(profile);
            }

            @Override
            public Flags flags(AccountProfile profile) {
                return classifier.flags(profile);
            }

            @Override
            public ErrorRates errorRates() {
                return calibration.rates();
            }

            @Override
            public String errorRatesBasis() {
                return calibration.basis();
            }
        };
    }

    private static double betaMean(int k, int n) {
        return (k + 1.0) / (n + 2.0);
    }

    private static double betaSd(int k, int n) {
        double a = k + 1.0;
        double b = n - k + 1.0;
        return Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
    }
}
