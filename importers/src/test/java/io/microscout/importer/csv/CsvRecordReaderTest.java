package io.microscout.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    /** Each record as "line: [fields]". */
    private static List<String> records(String text, int bufferSize) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvRecordReader r = new CsvRecordReader(new StringReader(text), ',', false, bufferSize)) {
            while (r.next()) {
                out.add(r.line() + ": " + r.toList());
            }
        }
        return out;
    }

    @Test
    void quotedFieldsMaySpanLinesHoldDelimitersAndDoubledQuotes() throws IOException {
        String text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n\nlast,,\"\"";

        assertThat(records(text, 1 << 16))
                .containsExactly("1: [a, b, c]", "2: [x, y, say \"hi\", two\r\nlines]", "4: []", "5: [last, , ]");
    }

    @Test
    void recordsEndAtLfCrlfOrCrAndAFinalLineNeedsNoBreak() throws IOException {
        assertThat(records("a\rb\r\nc\nd", 1 << 16)).containsExactly("1: [a]", "2: [b]", "3: [c]", "4: [d]");
    }

    @Test
    void theSameRecordsWhateverTheBufferBoundaries() throws IOException {
        String text = "h1,h2\r\n\"q\"\"uo\r\nted\",plain value\r\n\"cr\rin\",x\n" + "y".repeat(300) + ",\"\"\n";
        List<String> expected = records(text, 1 << 16);

        for (int size = 1; size <= 12; size++) {
            assertThat(records(text, size)).as("buffer of %d", size).isEqualTo(expected);
        }
        assertThat(expected).startsWith("1: [h1, h2]", "2: [q\"uo\r\nted, plain value]", "4: [cr\rin, x]");
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereItOpened() {
        assertThatThrownBy(() -> records("a\n\"open\nstill open\n", 4))
                .isInstanceOf(CsvRecordReader.Malformed.class)
                .hasMessageContaining("opened on line 2 is never closed");
    }

    @Test
    void textAfterAClosingQuoteIsMalformed() {
        assertThatThrownBy(() -> records("a\n\"x\"y,z\n", 1 << 16))
                .isInstanceOf(CsvRecordReader.Malformed.class)
                .hasMessageContaining("unexpected 'y' after a closing quote");
    }
}
