package io.microscout.bench.csv;

import io.microscout.importer.csv.CsvTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code microscout bench csv}: MicroScout's CSV reader ({@link CsvTable} over its record reader, which every
 * CSV reader of MicroScout uses) and commons-csv (the baseline it replaced) over the same files in the same run: the
 * real files of ../shared/data read in place and a large generated posts file (quoted captions with commas, quotes,
 * line breaks and non-ASCII text). Prints records per second (best of the runs) of each, what each keeps for
 * located errors, and whether both read the same records of every CSV under the data folder and write the same
 * bytes for them ({@link CommonsCsvComparison}).
 */
@Command(
        name = "csv",
        mixinStandardHelpOptions = true,
        description = {
            "Records per second of MicroScout's CSV reader (CsvTable) and of commons-csv, the baseline, over"
                    + " the same files, what each keeps for errors (start line of a record after quoted line"
                    + " breaks, malformed input), and whether both read and write every CSV of the data folder alike.",
            "Reads ../shared/data in place; writes the generated file to a temporary folder and deletes it."
        })
public final class CsvBenchCommand implements Callable<Integer> {
    @Option(
            names = "--data",
            defaultValue = "../shared/data",
            description = "Shared data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--rows",
            defaultValue = "500000",
            description = "Rows of the generated posts file (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(
            names = "--runs",
            defaultValue = "3",
            description = "Timed runs per parser and file (default: ${DEFAULT-VALUE}).")
    int runs;

    /** A parser under test: reads every record of the text and returns the records and the cells' characters. */
    interface Parser {
        String name();

        long[] read(Reader in) throws IOException;
    }

    static final Parser OURS = new Parser() {
        @Override
        public String name() {
            return "MicroScout CsvTable";
        }

        /** The header counts as a record, as commons-csv without a header format counts it. */
        @Override
        public long[] read(Reader in) throws IOException {
            long records = 0, chars = 0;
            try (CsvTable r = CsvTable.of("bench", in, ',', CsvTable.Spaces.KEPT)) {
                records = r.header().isEmpty() ? 0 : 1;
                for (String h : r.header()) {
                    chars += h.length();
                }
                while (r.next()) {
                    records++;
                    for (int i = 0; i < r.size(); i++) {
                        chars += r.get(i).length();
                    }
                }
            }
            return new long[] {records, chars};
        }
    };

    static final Parser COMMONS = new Parser() {
        @Override
        public String name() {
            return "commons-csv 1.14 (RFC4180)";
        }

        @Override
        public long[] read(Reader in) throws IOException {
            long records = 0, chars = 0;
            try (CSVParser p = CSVFormat.RFC4180.parse(in)) {
                for (CSVRecord rec : p) {
                    records++;
                    for (String v : rec) {
                        chars += v.length();
                    }
                }
            }
            return new long[] {records, chars};
        }
    };

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        List<Path> files = new ArrayList<>();
        List<Charset> charsets = new ArrayList<>();
        Path insta = data.resolve("top-instagram-influencers/top_insta_influencers_data.csv");
        Path youtube = data.resolve("global-youtube-statistics-2023/Global YouTube Statistics.csv");
        if (Files.isRegularFile(insta) && Files.isRegularFile(youtube)) {
            files.add(insta);
            charsets.add(StandardCharsets.UTF_8);
            files.add(youtube);
            charsets.add(Charset.forName("windows-1252"));
        } else {
            out.println("skipping the real files: " + data.toAbsolutePath() + " has no top-instagram-influencers and"
                    + " global-youtube-statistics-2023 (pass --data)");
        }
        Path dir = Files.createTempDirectory("microscout-bench-csv");
        Path generated = dir.resolve("posts.csv");
        try {
            write(generated, rows);
            files.add(generated);
            charsets.add(StandardCharsets.UTF_8);
            out.printf(
                    Locale.ROOT, "%-34s %-28s %10s %12s %12s%n", "file", "parser", "records", "best ms", "records/s");
            for (int f = 0; f < files.size(); f++) {
                String text = Files.readString(files.get(f), charsets.get(f)); // parsing only: no disk, no decoding
                double[] perSecond = new double[2];
                List<Parser> parsers = List.of(OURS, COMMONS);
                for (int k = 0; k < parsers.size(); k++) {
                    Parser p = parsers.get(k);
                    long best = Long.MAX_VALUE;
                    long[] seen = null;
                    for (int r = 0; r < Math.max(1, runs) + 1; r++) { // the first run warms up and is not counted
                        long t0 = System.nanoTime();
                        seen = p.read(new StringReader(text));
                        long t = System.nanoTime() - t0;
                        if (r > 0) {
                            best = Math.min(best, t);
                        }
                    }
                    out.printf(
                            Locale.ROOT,
                            "%-34s %-28s %,10d %,12.1f %,12.0f%n",
                            shortName(files.get(f)),
                            p.name(),
                            seen[0],
                            best / 1e6,
                            seen[0] / (best / 1e9));
                    perSecond[k] = seen[0] / (best / 1e9);
                }
                out.printf(
                        Locale.ROOT,
                        "%-34s %-28s %10s %12s %11.2fx%n",
                        "",
                        "CsvTable / commons-csv",
                        "",
                        "",
                        perSecond[0] / perSecond[1]);
            }
        } finally {
            Files.deleteIfExists(generated);
            Files.deleteIfExists(dir);
        }
        out.println();
        out.println("What each parser keeps for located errors (measured on small inputs in this run):");
        CsvParserTraits.print(out, OURS, COMMONS);
        return compare(out) ? 0 : 1;
    }

    /** Every CSV under the data folder read and written by both; false when any differs. */
    private boolean compare(PrintStream out) throws IOException {
        if (!Files.isDirectory(data)) {
            return true;
        }
        out.println();
        out.println("Every CSV under " + data + " read by both (records that differ, spaces kept / trimmed) and its"
                + " records written back by both (CsvWriter vs CSVPrinter):");
        boolean same = true;
        for (Path file : CommonsCsvComparison.csvFiles(data)) {
            String name = data.relativize(file).toString();
            String text = CommonsCsvComparison.text(file);
            var kept = CommonsCsvComparison.read(name, text, CsvTable.Spaces.KEPT);
            var trimmed = CommonsCsvComparison.read(name, text, CsvTable.Spaces.TRIMMED);
            var written = CommonsCsvComparison.write(name, text);
            out.printf(
                    Locale.ROOT,
                    "  %-62s %,9d records  differ %d / %d  written %s%n",
                    name,
                    kept.records(),
                    kept.differing(),
                    trimmed.differing(),
                    written.identical() ? "byte-identical" : "DIFFERENT");
            for (String d :
                    new String[] {kept.firstDifference(), trimmed.firstDifference(), written.firstDifference()}) {
                if (d != null) {
                    out.println("    first difference: " + d);
                }
            }
            same &= kept.differing() == 0 && trimmed.differing() == 0 && written.identical();
        }
        return same;
    }

    private static String shortName(Path p) {
        String n = p.getFileName().toString();
        return n.length() > 34 ? n.substring(0, 31) + "..." : n;
    }

    /** A posts file: captions quoted, with commas, doubled quotes, line breaks, emoji and accents in some rows. */
    static void write(Path file, int rows) throws IOException {
        Random random = new Random(42);
        String[] words = {"vegan", "recipe", "Côte", "d'Ivoire", "müsli", "привет", "🌱", "#ad", "@friend", "dinner"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("platform,handle,post_id,published_at,caption,likes,comments\r\n");
            StringBuilder caption = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                caption.setLength(0);
                int n = 5 + random.nextInt(25);
                for (int k = 0; k < n; k++) {
                    caption.append(words[random.nextInt(words.length)]).append(k % 7 == 6 ? ", " : " ");
                }
                if (i % 10 == 0) {
                    caption.append("\"quoted\"\nsecond line");
                }
                w.write("instagram,creator" + (i % 5_000) + "," + i + ",2026-05-01T10:00:00Z,\""
                        + caption.toString().replace("\"", "\"\"") + "\"," + random.nextInt(100_000) + ","
                        + random.nextInt(2_000) + "\r\n");
            }
        }
    }
}
