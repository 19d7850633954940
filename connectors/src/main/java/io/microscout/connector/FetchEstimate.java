package io.microscout.connector;

/**
 * What a fetch will cost at most (a refresh that stops at known posts costs less): calls and quota units, with
 * the quota left today and how that is counted.
 */
public record FetchEstimate(int creators, long calls, long units, String unitName, Long unitsLeftToday, String model) {
    public String describe() {
        return String.format(
                "%d creator(s): at most %,d call(s), %,d %s%s. %s",
                creators,
                calls,
                units,
                unitName,
                unitsLeftToday == null ? "" : String.format(" (%,d left today)", unitsLeftToday),
                model);
    }
}
