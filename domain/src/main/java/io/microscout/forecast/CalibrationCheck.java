package io.microscout.forecast;

import java.util.EnumMap;
import java.util.Map;

/**
 * Checks that the forecast's 80% intervals (P10–P90) hold the realised outcome 75–85% of the time, on
 * {@link CalibrationCampaigns} whose truth is known. Cost is fixed (the price) and not counted.
 */
public final class CalibrationCheck {
    public static final double LOWEST = 0.75;
    public static final double HIGHEST = 0.85;

    private final ForecastAssumptions assumptions;

    public CalibrationCheck(ForecastAssumptions assumptions) {
        this.assumptions = assumptions;
    }

    /** Coverage per figure and overall; passes when every figure's coverage is within 75–85%. */
    public record Result(int campaigns, long seed, Map<Figure, Double> coverage, double overall) {
        public boolean passes() {
            return coverage.values().stream().allMatch(c -> c >= LOWEST && c <= HIGHEST);
        }
    }

    public Result run(int campaigns, long seed) {
        if (campaigns < 1) {
            throw new IllegalArgumentException("--campaigns must be at least 1, got " + campaigns);
        }
        CalibrationCampaigns generator = new CalibrationCampaigns(seed, assumptions);
        Forecaster forecaster = new Forecaster(assumptions);
        Map<Figure, int[]> hits = new EnumMap<>(Figure.class);
        for (int i = 0; i < campaigns; i++) {
            CalibrationCampaigns.Campaign c = generator.next();
            Forecast f = forecaster.forecast(c.subjects(), seed * 1_000_003L + i);
            Map<Figure, Double> real =
                    forecaster.realised(c.impressions(), c.engagements(), c.clicks(), c.conversions(), c.cost());
            for (Figure fig : Figure.values()) {
                Interval interval = f.total(fig);
                if (fig == Figure.COST || interval == null || !real.containsKey(fig)) {
                    continue;
                }
                int[] h = hits.computeIfAbsent(fig, k -> new int[2]);
                h[0] += interval.contains(real.get(fig)) ? 1 : 0;
                h[1]++;
            }
        }
        Map<Figure, Double> coverage = new EnumMap<>(Figure.class);
        int in = 0, all = 0;
        for (Map.Entry<Figure, int[]> e : hits.entrySet()) {
            coverage.put(e.getKey(), e.getValue()[0] / (double) e.getValue()[1]);
            in += e.getValue()[0];
            all += e.getValue()[1];
        }
        return new Result(campaigns, seed, coverage, all == 0 ? Double.NaN : in / (double) all);
    }
}
