package io.microscout.bench.csv;

import io.microscout.importer.csv.CsvTable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What each parser tells an importer that must name the line of a bad record: measured here on small inputs, not
 * asserted from the documentation. A problem names the physical line where its record starts (docs/importers.md).
 */
final class CsvParserTraits {
    /** Three records; the second's caption spans lines 3 and 4: that record starts on line 3. */
    static final String SPANNING = "a,b\r\n1,x\r\n2,\"two\r\nlines\"\r\n3,y\r\n";

    static final String UNCLOSED = "a,b\n1,x\n2,\"never closed\n3,y\n";

    /** A byte-order mark left in the text (as a Reader without BOM handling gives it). */
    static final String BOM = "\uFEFFhandle,followers\nanna,100\n";

    private CsvParserTraits() {}

    static void print(PrintStream out, CsvBenchCommand.Parser ours, CsvBenchCommand.Parser commons) {
        out.println("  start line of the record whose quoted value spans lines 3-4 (true: 3):  ours " + oursThirdLine()
                + ", commons-csv " + commonsThirdLine());
        out.println("  unclosed quote:  ours: " + oursUnclosed());
        out.println("                   commons-csv: " + commonsUnclosed());
        out.println("  BOM in the text, first header cell:  ours " + quoted(oursFirstCell()) + ", commons-csv "
                + quoted(commonsFirstCell())
                + " (CsvTable drops it; importer.csv.TextFile also reads the BOM for the encoding)");
        out.println(
                "  encodings: both read a java.io.Reader, so decoding (and its errors) is TextFile's, the same for both");
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\uFEFF", "\\uFEFF") + "\"";
    }

    private static CsvTable table(String text) throws IOException {
        return CsvTable.of("t.csv", new StringReader(text), ',', CsvTable.Spaces.KEPT);
    }

    private static long oursThirdLine() {
        try (CsvTable r = table(SPANNING)) {
            r.next();
            r.next();
            return r.line();
        } catch (IOException e) {
            return -1;
        }
    }

    /** commons-csv: the line counter when the record is handed over (after its end), and the record's own number. */
    private static String commonsThirdLine() {
        try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(SPANNING))) {
            long lineAfter = -1;
            long number = -1;
            int i = 0;
            for (CSVRecord rec : p) {
                if (++i == 3) {
                    lineAfter = p.getCurrentLineNumber();
                    number = rec.getRecordNumber();
                }
            }
            return "not kept (line counter after it " + lineAfter + ", record number " + number + ")";
        } catch (IOException e) {
            return "error " + e.getMessage();
        }
    }

    private static String oursUnclosed() {
        try (CsvTable r = table(UNCLOSED)) {
            while (r.next()) {
                // read on
            }
            return "no error";
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static String commonsUnclosed() {
        try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(UNCLOSED))) {
            for (CSVRecord ignored : p) {
                // read on
            }
            return "no error";
        } catch (IOException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static String oursFirstCell() {
        try (CsvTable r = table(BOM)) {
            return r.header().get(0);
        } catch (IOException e) {
            return "error";
        }
    }

    private static String commonsFirstCell() {
        try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(BOM))) {
            return p.iterator().next().get(0);
        } catch (IOException e) {
            return "error";
        }
    }
}
