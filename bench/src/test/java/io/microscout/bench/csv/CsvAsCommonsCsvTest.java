package io.microscout.bench.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.cli.Main;
import io.microscout.importer.csv.CsvTable;
import io.microscout.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MicroScout's CSV reader and writer against commons-csv 1.14, which they replaced: the same records from every
 * real CSV of ../shared/data, and the same bytes for every cell shape and for real {@code creators --csv} and
 * {@code plan --csv} exports.
 */
class CsvAsCommonsCsvTest {
    @TempDir
    Path home;

    @Test
    void everyRealCsvIsReadAsCommonsCsvReadItAndWrittenBackAsItWroteIt() throws IOException {
        List<Path> files = CommonsCsvComparison.csvFiles(SharedData.path("."));
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        long records = 0;
        for (Path file : files) {
            String text = CommonsCsvComparison.text(file);
            for (CsvTable.Spaces spaces : CsvTable.Spaces.values()) {
                var read = CommonsCsvComparison.read(file.toString(), text, spaces);
                assertThat(read.firstDifference())
                        .as(file + ", spaces " + spaces)
                        .isNull();
                records += read.records();
            }
            var written = CommonsCsvComparison.write(file.toString(), text);
            assertThat(written.firstDifference()).as(file.toString()).isNull();
            assertThat(written.identical()).isTrue();
        }
        assertThat(records)
                .as("the real files hold tens of thousands of records")
                .isGreaterThan(20_000);
    }

    /** Cells of the characters quoting turns on (delimiter, quote, CR, LF, '#', space, formula starts), nulls, numbers. */
    @Test
    void everyCellShapeIsWrittenByteForByteAsCommonsCsvWroteIt() throws IOException {
        Random random = new Random(8);
        char[] alphabet = " ,\"\r\n\t#!$=+-@'a1.%é🌱\u0001~".toCharArray();
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < 20_000; r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 1 + random.nextInt(4); c > 0; c--) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    row.add(null);
                } else if (kind == 1) {
                    row.add(random.nextInt(2001) - 1000);
                } else if (kind == 2) {
                    row.add(random.nextGaussian() * 1e3);
                } else {
                    StringBuilder cell = new StringBuilder();
                    for (int n = random.nextInt(6); n > 0; n--) {
                        cell.append(alphabet[random.nextInt(alphabet.length)]);
                    }
                    row.add(cell.toString());
                }
            }
            rows.add(row);
        }
        var written = CommonsCsvComparison.write("cells", List.of("a", "#b", " c", "d,e"), rows);

        assertThat(written.firstDifference()).isNull();
        assertThat(written.identical()).isTrue();
    }

    @Test
    void realCreatorsAndPlanExportsAreTheBytesCommonsCsvWrote() throws IOException {
        Path insta = SharedData.path("top-instagram-influencers/top_insta_influencers_data.csv");
        assertThat(cli(
                        "import",
                        insta.toString(),
                        "--format",
                        "csv",
                        "--platform",
                        "instagram",
                        "--map",
                        "handle=channel_info,engagement_rate=60d_eng_rate",
                        "--home",
                        home.toString()))
                .startsWith("0\n");

        String creators = cli("creators", "--csv", "--home", home.toString());
        assertThat(creators).startsWith("0\n");
        creators = creators.substring(2);
        assertThat(creators).startsWith("\uFEFFplatform,handle,");
        assertThat(creators.lines().count()).isGreaterThan(200);
        assertThat(lines(asCommonsCsvWritesIt(creators.substring(1)))).containsExactly(lines(creators.substring(1)));

        Path brief = home.resolve("brief.yaml");
        Files.writeString(
                brief,
                "brand: Test\nproduct: fashion, beauty and sports for a wide audience\n"
                        + "keywords: [fashion, beauty, football, music]\nplatforms: [instagram]\ntiers: [mega]\n"
                        + "budget: 2000000\n");
        String plan = cli("plan", "--brief", brief.toString(), "--budget", "50000", "--csv", "--home", home.toString());
        assertThat(plan).startsWith("0\n");
        plan = plan.substring(2);
        assertThat(plan).startsWith("platform,handle,deliverable,").contains("\nTOTAL,");
        assertThat(plan.lines().count()).as("selections and the TOTAL row").isGreaterThan(2);
        assertThat(lines(asCommonsCsvWritesIt(plan))).containsExactly(lines(plan));
    }

    /**
     * The export's records read back and written again by commons-csv as the exports wrote them, then without CR as
     * the terminal filter of every command's output leaves it ({@code cli.TerminalText}, the same before and after).
     */
    private static String asCommonsCsvWritesIt(String csv) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(csv))) {
                p.printRecord(r.toList());
            }
        }
        return out.toString().replace("\r", "");
    }

    /** The records as written, so that a failure names the first one that differs. */
    private static String[] lines(String csv) {
        return csv.split("\n", -1);
    }

    /** The exit code, a line break, then what the command printed. */
    private static String cli(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run(args);
        } finally {
            System.setOut(original);
        }
        return exit + "\n" + captured.toString(StandardCharsets.UTF_8);
    }
}
