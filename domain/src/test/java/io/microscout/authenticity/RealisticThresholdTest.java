package io.microscout.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RealisticThresholdTest {

    @Test
    void choosesTheThresholdThatKeepsRealAccountsOutWhenFakesAreFew() {
        // fakes at 0.8; real accounts at 0.3, and a group at 0.55 that a 0.50 threshold calls fake
        double[] p = new double[230];
        boolean[] y = new boolean[230];
        for (int i = 0; i < 230; i++) {
            y[i] = i < 100;
            p[i] = i < 100 ? 0.8 : i < 200 ? 0.3 : 0.55;
        }
        LeaveOneSourceOut.Report report = new LeaveOneSourceOut.Report(
                0.5,
                List.of(source("mixed", p, y), source("fakes only", new double[] {0.2, 0.9}, new boolean[] {true, true
                })));
        RealisticThreshold.Choice c = RealisticThreshold.of(report);
        assertThat(c.threshold()).isGreaterThan(0.55).isLessThanOrEqualTo(0.8);
        assertThat(c.meanF1()).isGreaterThan(c.meanF1AtReportThreshold());
        assertThat(c.sources().get(0).meanF1()).isEqualTo(1.0);
        assertThat(c.sources().get(1).meanF1()).isNaN(); // no real accounts: no precision to judge
        assertThat(c.sources().get(1).atChosen().recall()).isEqualTo(0.5);
    }

    @Test
    void keepsTheReportsThresholdWhenNothingIsBetter() {
        double[] p = {0.9, 0.9, 0.1, 0.1};
        boolean[] y = {true, true, false, false};
        RealisticThreshold.Choice c =
                RealisticThreshold.of(new LeaveOneSourceOut.Report(0.5, List.of(source("clean", p, y))));
        assertThat(c.threshold()).isEqualTo(0.5);
    }

    private static LeaveOneSourceOut.SourceResult source(String name, double[] p, boolean[] y) {
        long fakes = 0;
        for (boolean f : y) {
            fakes += f ? 1 : 0;
        }
        return new LeaveOneSourceOut.SourceResult(
                name, "instagram", p.length, fakes, BinaryMetrics.of(p, y, 0.5), null, 0, List.of(), p, y);
    }
}
