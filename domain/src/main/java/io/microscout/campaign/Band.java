package io.microscout.campaign;

import io.microscout.forecast.Interval;

/** Where a realised figure fell against the forecast's P10–P90. */
public enum Band {
    INSIDE("inside the band"),
    BELOW("below"),
    ABOVE("above"),
    NO_FORECAST("no forecast"),
    NOT_MEASURED("not measured");

    private final String label;

    Band(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Band of(Double realised, Interval forecast) {
        if (realised == null || realised.isNaN()) {
            return NOT_MEASURED;
        }
        if (forecast == null) {
            return NO_FORECAST;
        }
        return realised < forecast.p10() ? BELOW : realised > forecast.p90() ? ABOVE : INSIDE;
    }
}
