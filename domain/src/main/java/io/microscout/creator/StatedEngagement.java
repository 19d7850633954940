package io.microscout.creator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Engagement figures as a source file states them (a spreadsheet's {@code avg_likes}, {@code 60d_eng_rate}),
 * not computed by MicroScout: what the file says, with where it says it. Used only where the creator has no
 * posts to compute metrics from; posts, where they exist, win. Every figure is null when the file does not
 * state it; at least one is known.
 *
 * @param averageLikes    average likes per post, as stated
 * @param averageComments average comments per post, as stated
 * @param averageViews    average views per post, as stated
 * @param engagementRate  engagement rate as stated, a fraction (0.0139 for "1.39%"); how the source computed it
 *                        (its window, its formula) is the source's, not MicroScout's
 * @param source          the file's name, as the user named it on import
 * @param columns         the file's own column of each stated figure
 * @param importedAt      when the file was imported
 */
public record StatedEngagement(
        Double averageLikes,
        Double averageComments,
        Double averageViews,
        Double engagementRate,
        String source,
        Map<Figure, String> columns,
        Instant importedAt) {

    /** The figures a file can state, by the name a CSV header or {@code --map} uses. */
    public enum Figure {
        AVG_LIKES("average likes"),
        AVG_COMMENTS("average comments"),
        AVG_VIEWS("average views"),
        ENGAGEMENT_RATE("engagement rate");

        private final String label;

        Figure(String label) {
            this.label = label;
        }

        /** The CSV column name: "avg_likes". */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String label() {
            return label;
        }
    }

    public StatedEngagement {
        Objects.requireNonNull(source, "source");
        columns = columns == null || columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
        if (averageLikes == null && averageComments == null && averageViews == null && engagementRate == null) {
            throw new IllegalArgumentException("stated engagement without any figure");
        }
    }

    /** The stated value of one figure, or null. */
    public Double value(Figure f) {
        return switch (f) {
            case AVG_LIKES -> averageLikes;
            case AVG_COMMENTS -> averageComments;
            case AVG_VIEWS -> averageViews;
            case ENGAGEMENT_RATE -> engagementRate;
        };
    }

    /** "as stated by top.csv (avg_likes, 60d_eng_rate)": every stated figure's column. */
    public String describe() {
        List<String> named = new ArrayList<>();
        for (Figure f : Figure.values()) {
            if (value(f) != null) {
                named.add(column(f));
            }
        }
        return "as stated by " + source + " (" + String.join(", ", named) + ")";
    }

    /** "as stated by top.csv (60d_eng_rate)": the source of one figure. */
    public String describe(Figure f) {
        return "as stated by " + source + " (" + column(f) + ")";
    }

    private String column(Figure f) {
        return columns.getOrDefault(f, f.id());
    }

    /** The same figures from the same file and columns; the import time aside (a re-import changes nothing). */
    public boolean sameAs(StatedEngagement other) {
        return other != null
                && Objects.equals(averageLikes, other.averageLikes)
                && Objects.equals(averageComments, other.averageComments)
                && Objects.equals(averageViews, other.averageViews)
                && Objects.equals(engagementRate, other.engagementRate)
                && source.equals(other.source)
                && columns.equals(other.columns);
    }

    /** The columns as one text, "avg_likes=avg_likes;engagement_rate=60d_eng_rate", as the catalog stores them. */
    public String columnsText() {
        List<String> parts = new ArrayList<>();
        for (Figure f : Figure.values()) {
            if (columns.containsKey(f)) {
                parts.add(f.id() + "=" + columns.get(f));
            }
        }
        return String.join(";", parts);
    }

    /** The columns of {@link #columnsText()}; unknown figure names are left out. */
    public static Map<Figure, String> parseColumns(String text) {
        Map<Figure, String> columns = new EnumMap<>(Figure.class);
        if (text == null || text.isEmpty()) {
            return columns;
        }
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                for (Figure f : Figure.values()) {
                    if (f.id().equals(part.substring(0, eq))) {
                        columns.put(f, part.substring(eq + 1));
                    }
                }
            }
        }
        return columns;
    }
}
