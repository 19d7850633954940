package io.microscout.cli.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.app.MicroScout;
import io.microscout.app.Settings;
import io.microscout.cli.OneCreatorHome;
import io.microscout.store.StoreLocation;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code authenticity calibrate}: the user's labelled accounts replace the out-of-source error rates. */
class CalibrateCommandTest {
    @TempDir
    Path home;

    private OneCreatorHome cli;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void catalogOfOne() {
        cli = new OneCreatorHome(home);
        out = cli.out;
        err = cli.err;
    }

    private int run(String... args) {
        return cli.run(args);
    }

    /** Ordinary accounts and empty ones (no posts, no picture, following thousands): what any model calls fake. */
    private static String accounts(String header, int real, int empty, String realLabel, String emptyLabel) {
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int i = 0; i < real; i++) {
            csv.append("friend.").append(i).append(',').append(300 + i).append(",280,45,25,yes");
            csv.append(realLabel == null ? "" : "," + realLabel).append('\n');
        }
        for (int i = 0; i < empty; i++) {
            csv.append('u').append(48_000 + i * 7).append(",2,3500,0,0,no");
            csv.append(emptyLabel == null ? "" : "," + emptyLabel).append('\n');
        }
        return csv.toString();
    }

    private static final String COLUMNS = "username,followers,following,posts,bio_length,profile_picture";

    @Test
    void theCalibrationIsKeptRescoresSampledCreatorsAndNamesItselfInEveryAudienceEstimate() throws Exception {
        Path followers = Files.writeString(home.resolve("followers.csv"), accounts(COLUMNS, 40, 20, null, null));
        assertThat(run("import", followers.toString(), "--format", "followers", "--creator", "instagram:anna"))
                .isZero();
        // the user labelled 60 of their own population: ordinary accounts real, empty ones fake
        Path labelled =
                Files.writeString(home.resolve("labelled.csv"), accounts(COLUMNS + ",label", 40, 20, "real", "fake"));
        out.getBuffer().setLength(0);

        assertThat(run("authenticity", "calibrate", labelled.toString())).isZero();
        assertThat(out.toString())
                .contains("labelled.csv: 20 fake and 40 real accounts labelled")
                .contains("on your population: recall")
                .contains("the model's own, measured out of source")
                .contains("fewer than 100 of a kind")
                .contains("1 creator(s) with a follower sample rescored");
        out.getBuffer().setLength(0);

        assertThat(run("creator", "instagram:anna")).isZero();
        assertThat(out.toString()).contains("corrected for error rates measured on your labelled sample labelled.csv");
        out.getBuffer().setLength(0);
        assertThat(run("authenticity", "audience", followers.toString(), "--creator", "instagram:anna"))
                .isZero();
        assertThat(out.toString()).contains("labelled sample labelled.csv");
    }

    @Test
    void aDryRunKeepsNothing() throws Exception {
        Path labelled = Files.writeString(home.resolve("labelled.csv"), accounts(COLUMNS + ",label", 40, 20, "0", "1"));
        assertThat(run("authenticity", "calibrate", labelled.toString(), "--dry-run"))
                .isZero();
        assertThat(out.toString()).contains("dry run: nothing kept");
        try (MicroScout app = MicroScout.open(StoreLocation.sqlite(home), Settings.defaults(), Clock.systemUTC())) {
            assertThat(app.accountCalibration()).isEmpty();
        }
    }

    @Test
    void anUnknownLabelOrTooFewAccountsAreRefusedNamingTheLineAndNothingIsKept() throws Exception {
        String text = accounts(COLUMNS + ",label", 40, 20, "real", "fake").replaceFirst(",real\n", ",maybe\n");
        Path labelled = Files.writeString(home.resolve("labelled.csv"), text);
        assertThat(run("authenticity", "calibrate", labelled.toString())).isNotZero();
        assertThat(err.toString()).contains("labelled.csv").contains("line 2").contains("label \"maybe\"");

        Path unnamed = Files.writeString(home.resolve("unnamed.csv"), "username,followers,fake\nanna,300,no\n");
        assertThat(run("authenticity", "calibrate", unnamed.toString())).isNotZero();
        assertThat(err.toString())
                .contains("the label column 'label' is missing")
                .contains("with --label COLUMN");

        Path few = Files.writeString(home.resolve("few.csv"), accounts(COLUMNS + ",label", 40, 4, "real", "fake"));
        assertThat(run("authenticity", "calibrate", few.toString())).isNotZero();
        assertThat(err.toString())
                .contains("4 fake and 40 real accounts labelled")
                .contains("at least 10 of each");
        try (MicroScout app = MicroScout.open(StoreLocation.sqlite(home), Settings.defaults(), Clock.systemUTC())) {
            assertThat(app.accountCalibration()).isEmpty();
        }
    }
}
