package io.microscout.bench.csv;

import io.microscout.cli.common.CsvWriter;
import io.microscout.importer.csv.CsvTable;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * MicroScout's CSV reader and writer beside commons-csv 1.14, which MicroScout read and wrote with before: the same
 * text parsed by both ({@link CsvTable} against {@code CSVFormat.DEFAULT}, spaces kept and, as the audience files
 * are read, trimmed), and the same records written by both ({@link CsvWriter} against {@code CSVPrinter} with the
 * header, every cell made safe for spreadsheets first). A byte-order mark is taken off the text before either reads
 * it (CsvTable drops it from the first header name itself; commons-csv kept it, and the readers took it off).
 */
final class CommonsCsvComparison {
    /** One file: how many records each read, how many differ, the first difference (null when none). */
    record Reading(String file, long records, long differing, String firstDifference) {}

    /** One file written back: how many records, whether the bytes are the same, the first differing record. */
    record Writing(String file, long records, boolean identical, String firstDifference) {}

    private CommonsCsvComparison() {}

    /** Every .csv file under {@code dir}, in name order. */
    static List<Path> csvFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /** The file's text: UTF-8 when it decodes as UTF-8, else windows-1252 (the YouTube statistics); no BOM. */
    static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static Reading read(String name, String text, CsvTable.Spaces spaces) throws IOException {
        List<List<String>> theirs = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setIgnoreSurroundingSpaces(spaces == CsvTable.Spaces.TRIMMED)
                .get();
        try (CSVParser p = format.parse(new StringReader(text))) {
            for (CSVRecord r : p) {
                theirs.add(r.toList());
            }
        }
        List<List<String>> ours = new ArrayList<>();
        try (CsvTable t = CsvTable.of(name, new StringReader(text), ',', spaces)) {
            if (!t.header().isEmpty()) {
                ours.add(t.header());
            }
            while (t.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < t.size(); i++) {
                    cells.add(t.get(i));
                }
                ours.add(cells);
            }
        }
        long differing = 0;
        String first = null;
        for (int i = 0; i < Math.max(ours.size(), theirs.size()); i++) {
            List<String> a = i < ours.size() ? ours.get(i) : null;
            List<String> b = i < theirs.size() ? theirs.get(i) : null;
            if (a == null || !a.equals(b)) {
                differing++;
                if (first == null) {
                    first = "record " + (i + 1) + ": CsvTable " + a + ", commons-csv " + b;
                }
            }
        }
        return new Reading(name, Math.max(ours.size(), theirs.size()), differing, first);
    }

    /** The file's records (read by CsvTable) written as an export: its header, then each record as a row. */
    static Writing write(String name, String text) throws IOException {
        List<String> header;
        List<List<String>> rows = new ArrayList<>();
        try (CsvTable t = CsvTable.of(name, new StringReader(text), ',', CsvTable.Spaces.KEPT)) {
            header = t.header();
            while (t.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < t.size(); i++) {
                    cells.add(t.get(i));
                }
                rows.add(cells);
            }
        }
        return write(name, header, rows);
    }

    /** The rows written by CsvWriter and by CSVPrinter (cells made safe first, as the exports did), compared. */
    static Writing write(String name, List<String> header, List<? extends List<?>> rows) throws IOException {
        StringWriter ours = new StringWriter();
        CsvWriter w = CsvWriter.of(ours, header);
        StringWriter theirs = new StringWriter();
        CSVPrinter p = new CSVPrinter(
                theirs,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get());
        String first = null;
        for (int i = 0; i < rows.size(); i++) {
            int before = ours.getBuffer().length();
            int beforeTheirs = theirs.getBuffer().length();
            w.row(rows.get(i));
            p.printRecord(rows.get(i).stream().map(CsvWriter::safe).toArray());
            String a = ours.getBuffer().substring(before);
            String b = theirs.getBuffer().substring(beforeTheirs);
            if (first == null && !a.equals(b)) {
                first = "row " + (i + 1) + ": CsvWriter " + a + " commons-csv " + b;
            }
        }
        p.flush();
        return new Writing(name, rows.size(), ours.toString().equals(theirs.toString()), first);
    }
}
