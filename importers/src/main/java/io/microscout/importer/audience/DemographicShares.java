package io.microscout.importer.audience;

import io.microscout.brief.AgeBand;
import io.microscout.brief.Gender;
import io.microscout.creator.CountryNames;
import io.microscout.creator.LanguageNames;
import io.microscout.discovery.AudienceData;
import io.microscout.importer.ProblemLog;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Collects one audience's figures per dimension (country, language, age, gender) as a source gives them, counts
 * (Instagram insights: accounts per value) or shares (a media kit: 0..1 or percentages), and turns them into
 * shares of 0..1. Counts become count / sum of the dimension's counts: Instagram returns the top values of a
 * dimension only (top 45 countries or cities, Meta's Instagram insights reference), so a share is of the accounts
 * it reports, which overstates the listed values a little where the tail is long. A value is named the way the
 * catalog names it (ISO codes, age bands, female/male/other); one it cannot read is a problem at its place.
 * Cities are read and left out: nothing in MicroScout targets a city yet.
 */
final class DemographicShares {
    /** A media kit's shares of one dimension may add up to a little over 100% by rounding. */
    private static final double ROUNDING = 0.02;

    private final Map<String, Map<String, Double>> byDimension = new LinkedHashMap<>();

    /** @return false (with a problem) when the dimension or value cannot be read */
    boolean add(String dimension, String value, double figure, String where, ProblemLog problems) {
        String dim = dimension == null ? "" : dimension.trim().toLowerCase(Locale.ROOT);
        if (dim.equals("city")) {
            return true;
        }
        String key;
        try {
            key = switch (dim) {
                case "country" -> known(CountryNames.code(value), value, "country");
                case "language" -> known(LanguageNames.code(value), value, "language");
                case "age" -> AgeBand.parse(value).toString();
                case "gender" -> Gender.parse(value).id();
                default ->
                    throw new IllegalArgumentException("\"" + dimension + "\" is not an audience dimension"
                            + " (expected country, language, age, gender or city)");
            };
        } catch (IllegalArgumentException e) {
            problems.add(where, dim.isEmpty() ? "dimension" : dim, e.getMessage());
            return false;
        }
        if (!Double.isFinite(figure) || figure < 0) {
            problems.add(where, "value", "expected a count or share of 0 or more, found " + figure);
            return false;
        }
        byDimension.computeIfAbsent(dim, x -> new LinkedHashMap<>()).merge(key, figure, Double::sum);
        return true;
    }

    private static String known(String code, String value, String what) {
        if (code == null) {
            throw new IllegalArgumentException("\"" + value + "\" is not a " + what + " MicroScout knows"
                    + " (expected an ISO code or English name)");
        }
        return code;
    }

    boolean isEmpty() {
        return byDimension.isEmpty();
    }

    /** Shares from counts: each value over the dimension's total. */
    AudienceData fromCounts(String where, ProblemLog problems) {
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        byDimension.forEach((dim, counts) -> {
            double total =
                    counts.values().stream().mapToDouble(Double::doubleValue).sum();
            if (total <= 0) {
                problems.add(where, dim, "every count of the " + dim + " breakdown is 0: no audience to share out");
                return;
            }
            Map<String, Double> s = new LinkedHashMap<>();
            counts.forEach((k, v) -> s.put(k, v / total));
            shares.put(dim, s);
        });
        return data(shares);
    }

    /**
     * Shares as stated: a dimension whose figures include one above 1 is read as percentages. Its shares must
     * not add up to more than 100% (+{@value #ROUNDING} for rounding); less is fine (a kit lists top values).
     */
    AudienceData fromShares(Map<String, Boolean> percentCells, String where, ProblemLog problems) {
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        byDimension.forEach((dim, figures) -> {
            boolean percent = percentCells.getOrDefault(dim, false)
                    || figures.values().stream().anyMatch(v -> v > 1);
            Map<String, Double> s = new LinkedHashMap<>();
            figures.forEach((k, v) -> s.put(k, percent ? v / 100 : v));
            double sum = s.values().stream().mapToDouble(Double::doubleValue).sum();
            if (sum > 1 + ROUNDING) {
                problems.add(
                        where,
                        dim,
                        String.format(
                                Locale.ROOT,
                                "the %s shares add up to %.0f%%; one dimension's shares add up to at most 100%%",
                                dim,
                                sum * 100));
                return;
            }
            shares.put(dim, s);
        });
        return data(shares);
    }

    private static AudienceData data(Map<String, Map<String, Double>> shares) {
        Map<AgeBand, Double> ages = new LinkedHashMap<>();
        shares.getOrDefault("age", Map.of()).forEach((k, v) -> ages.put(AgeBand.parse(k), v));
        Map<Gender, Double> genders = new LinkedHashMap<>();
        shares.getOrDefault("gender", Map.of()).forEach((k, v) -> genders.put(Gender.parse(k), v));
        return new AudienceData(
                shares.getOrDefault("country", Map.of()), shares.getOrDefault("language", Map.of()), ages, genders);
    }
}
