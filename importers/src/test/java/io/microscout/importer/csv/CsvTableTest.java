package io.microscout.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static CsvTable table(String text, CsvTable.Spaces spaces) throws IOException {
        return CsvTable.of("t.csv", new StringReader(text), ',', spaces);
    }

    /** Each record as "line: cell of a|cell of b". */
    private static List<String> rows(String text, CsvTable.Spaces spaces) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvTable t = table(text, spaces)) {
            while (t.next()) {
                out.add(t.line() + ": " + t.get("a") + "|" + t.get("b"));
            }
        }
        return out;
    }

    @Test
    void cellsByHeaderNameWithTheLineWhereTheRecordStartsAndEmptyLinesPassedOver() throws IOException {
        String text = "\uFEFFa,b\r\n1,\"two\r\nlines\"\r\n\r\n3\r\n4,x,extra\r\n";

        assertThat(rows(text, CsvTable.Spaces.KEPT)).containsExactly("2: 1|two\r\nlines", "5: 3|null", "6: 4|x");
        try (CsvTable t = table(text, CsvTable.Spaces.KEPT)) {
            assertThat(t.header()).containsExactly("a", "b");
            assertThat(t.has("a")).isTrue();
            assertThat(t.has("c")).isFalse();
            assertThat(t.get("c")).isNull();
        }
    }

    @Test
    void trimmedDropsSpacesOutsideQuotesOnlyAndKeptKeepsThem() throws IOException {
        String text = "a , b\n  x  ,  \"  quoted, with comma \"  \n\t\t\n";

        assertThat(rows(text, CsvTable.Spaces.TRIMMED)).containsExactly("2: x|  quoted, with comma ");
        try (CsvTable t = table(text, CsvTable.Spaces.KEPT)) {
            assertThat(t.header()).containsExactly("a ", " b");
            t.next();
            assertThat(t.size())
                    .as("the comma inside the quotes splits: they open after spaces")
                    .isEqualTo(3);
            assertThat(t.get(0)).isEqualTo("  x  ");
        }
    }

    @Test
    void aTabDelimitedFileTrimsSpacesButNotTheDelimiter() throws IOException {
        try (CsvTable t = CsvTable.of("t.tsv", new StringReader("a\tb\n x \t\t\n"), '\t', CsvTable.Spaces.TRIMMED)) {
            t.next();
            assertThat(t.size()).isEqualTo(3);
            assertThat(t.get("a")).isEqualTo("x");
            assertThat(t.get("b")).isEmpty();
        }
    }

    @Test
    void aColumnNamedTwiceIsFoundAtItsLastPlace() throws IOException {
        assertThat(rows("a,b,a\n1,2,3\n", CsvTable.Spaces.KEPT)).containsExactly("2: 3|2");
    }

    @Test
    void malformedRecordsNameTheFileTheLineAndTheColumn() {
        assertThatThrownBy(() -> rows("a,b\n1,2\n3,\"open\n\n", CsvTable.Spaces.KEPT))
                .isInstanceOf(CsvTable.Malformed.class)
                .hasMessage("t.csv: line 3, column 2 (b): malformed CSV: a quoted value opened on line 3 is never"
                        + " closed");
        assertThatThrownBy(() -> rows("a,b\n1,\"2\"x\n", CsvTable.Spaces.TRIMMED))
                .isInstanceOf(CsvTable.Malformed.class)
                .satisfies(e -> {
                    CsvTable.Malformed m = (CsvTable.Malformed) e;
                    assertThat(m.line).isEqualTo(2);
                    assertThat(m.column).isEqualTo("column 2 (b)");
                    assertThat(m.reason).isEqualTo("unexpected 'x' after a closing quote");
                });
        assertThatThrownBy(() -> table("\"a,b\n", CsvTable.Spaces.KEPT))
                .isInstanceOf(CsvTable.Malformed.class)
                .hasMessageStartingWith("t.csv: line 1, column 1: malformed CSV");
    }

    @Test
    void anEmptyFileHasNoHeaderAndNoRecords() throws IOException {
        try (CsvTable t = table("", CsvTable.Spaces.KEPT)) {
            assertThat(t.header()).isEmpty();
            assertThat(t.next()).isFalse();
        }
    }
}
