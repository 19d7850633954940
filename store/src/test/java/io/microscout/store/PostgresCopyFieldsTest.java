package io.microscout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV rows the bulk writer streams to PostgreSQL's COPY (the round trip is in the PostgreSQL contract test). */
class PostgresCopyFieldsTest {

    @Test
    void aMissingValueIsAnEmptyUnquotedFieldAndAnEmptyTextStaysQuoted() {
        PostgresCopy.Fields f = new PostgresCopy.Fields();

        f.text(null).text("").number(null).bool(null).moment(null).list(List.of());
        f.endRow();

        assertThat(f.toString()).isEqualTo(",\"\",,,,\n");
    }

    @Test
    void quotesAreDoubledAndNewlinesAndCommasStayInsideTheQuotes() {
        PostgresCopy.Fields f = new PostgresCopy.Fields();

        f.text("say \"hi\", then\nleave").list(List.of("a,b", "c"));
        f.endRow();

        assertThat(f.toString()).isEqualTo("\"say \"\"hi\"\", then\nleave\",\"a,b\nc\"\n");
    }

    @Test
    void numbersBooleansAndMomentsAreWrittenAsPostgresqlReadsThem() {
        PostgresCopy.Fields f = new PostgresCopy.Fields();

        f.number(-42L).bool(true).bool(false).moment(Instant.parse("2026-10-29T17:48:00.123456Z"));
        f.endRow();
        f.number(7L);
        f.endRow();

        assertThat(f.toString()).isEqualTo("-42,true,false,2026-10-29T17:48:00.123456Z\n7\n");
    }
}
