package io.microscout.importer.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each of MicroScout's columns is in one file's header. A column named in the mapping
 * ({@code --map followers=Followers}: ours = the file's) is found by the file's name; any other by its own
 * name. Header names are compared ignoring case and surrounding spaces.
 */
final class CsvColumns {
    /** What the file holds, told apart by its columns. */
    enum Kind {
        CREATORS,
        POSTS,
        SNAPSHOTS
    }

    private final int[] index = new int[CsvColumn.values().length];
    private final String[] header;
    private int[] used;

    private CsvColumns(String[] header) {
        this.header = header;
    }

    /**
     * Resolves the header. An unknown MicroScout column in the mapping is an IllegalArgumentException
     * (the command line is wrong); a mapped column missing from the file is returned as a message.
     */
    static CsvColumns resolve(List<String> headerCells, Map<String, String> mapping, List<String> missing) {
        String[] header = headerCells.stream().map(String::trim).toArray(String[]::new);
        CsvColumns columns = new CsvColumns(header);
        Map<CsvColumn, String> mapped = new EnumMap<>(CsvColumn.class);
        mapping.forEach((ours, theirs) -> {
            CsvColumn c = CsvColumn.byName(ours);
            if (c == null) {
                throw new IllegalArgumentException("unknown MicroScout column '" + ours + "' in the column mapping"
                        + " (--map " + ours + "=" + theirs + "); MicroScout's columns are " + CsvColumn.allNames());
            }
            mapped.put(c, theirs);
        });
        List<String> mappedTargets = new ArrayList<>();
        mapped.values().forEach(t -> mappedTargets.add(t.trim().toLowerCase(Locale.ROOT)));
        for (CsvColumn c : CsvColumn.values()) {
            String theirs = mapped.get(c);
            if (theirs != null) {
                columns.index[c.ordinal()] = find(header, theirs);
                if (columns.index[c.ordinal()] < 0) {
                    missing.add("column '" + theirs + "' (mapped to " + c.id() + ") is not in the header");
                }
            } else {
                int i = find(header, c.id());
                boolean takenByMapping = i >= 0 && mappedTargets.contains(header[i].toLowerCase(Locale.ROOT));
                columns.index[c.ordinal()] = takenByMapping ? -1 : i;
            }
        }
        columns.used =
                Arrays.stream(columns.index).filter(i -> i >= 0).distinct().toArray();
        for (int i : columns.used) {
            for (int j = 0; j < header.length; j++) {
                if (j != i && header[j].equalsIgnoreCase(header[i])) {
                    missing.add("the column '" + header[i] + "' appears twice in the header (columns "
                            + (Math.min(i, j) + 1) + " and " + (Math.max(i, j) + 1)
                            + "); which one holds the values cannot be told: rename or drop one");
                    break;
                }
            }
        }
        return columns;
    }

    /** The number of cells of the header, which every record has. */
    int width() {
        return header.length;
    }

    private static int find(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        return -1;
    }

    Kind kind() {
        return has(CsvColumn.POST_ID) ? Kind.POSTS : has(CsvColumn.SNAPSHOT_AT) ? Kind.SNAPSHOTS : Kind.CREATORS;
    }

    boolean has(CsvColumn c) {
        return index[c.ordinal()] >= 0;
    }

    /** The position of the column in a record, or -1 when the file has none. */
    int index(CsvColumn c) {
        return index[c.ordinal()];
    }

    /** The file's own name of a column, as problems name it. */
    String fileName(CsvColumn c) {
        int i = index[c.ordinal()];
        return i >= 0 ? header[i] : c.id();
    }

    /** The positions of the file's columns that MicroScout reads, each once. */
    int[] usedIndexes() {
        return used;
    }

    /** The file's name of the i-th column. */
    String headerName(int i) {
        return i < header.length ? header[i] : "column " + (i + 1);
    }

    String headerList() {
        return String.join(", ", header);
    }
}
