package io.microscout.importer.csv;

import static io.microscout.importer.csv.SpreadsheetValues.bool;
import static io.microscout.importer.csv.SpreadsheetValues.count;
import static io.microscout.importer.csv.SpreadsheetValues.isUnknown;
import static io.microscout.importer.csv.SpreadsheetValues.rate;
import static io.microscout.importer.csv.SpreadsheetValues.text;
import static io.microscout.importer.csv.SpreadsheetValues.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.microscout.importer.CountRange;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "nan", "NaN", "NAN", "NaN%", "n/a", "N/A", "#N/A", "null", "NULL", "-", " nan "})
    void unknownValuesAreNullNotZero(String v) {
        assertThat(isUnknown(v)).isTrue();
        assertThat(count(v)).isNull();
        assertThat(rate(v)).isNull();
        assertThat(bool(v)).isNull();
        assertThat(time(v)).isNull();
        assertThat(text(v)).isNull();
    }

    @Test
    void nullIsUnknown() {
        assertThat(count(null)).isNull();
        assertThat(text(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "0;0",
                "12345;12345",
                " 42 ;42",
                "12,345;12345",
                "1,234,567;1234567",
                "12 345;12345",
                "3.3k;3300",
                "3.3K;3300",
                "0.89k;890",
                "475.8m;475800000",
                "1.2b;1200000000",
                "29.0b;29000000000",
                "913.6k;913600",
                "1.2345k;1235",
                "12345.0;12345",
                "2.28E+10;22800000000",
                "1.5e3;1500",
                "0.00;0",
                "+7;7",
                "1,234.5k;1234500",
                "100000000000;100000000000"
            })
    void countsAreReadAsSpreadsheetsWriteThem(String written, long expected) {
        assertThat(count(written)).isEqualTo(expected);
    }

    @Test
    void aLifetimeTotalMayBeLargerThanAnAccountsCount() {
        assertThat(count("2.28E+11", CountRange.MAX_LIFETIME)).isEqualTo(228_000_000_000L);
        assertThatThrownBy(() -> count("2.28E+11")).hasMessageContaining("is above 100,000,000,000");
        assertThatThrownBy(() -> count("1e30", CountRange.MAX_LIFETIME)).hasMessageContaining("is above");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "3.3x;is not a number",
                "abc;is not a number",
                "1.39%;is a rate, not a count",
                "-5;is negative",
                "1234,5;comma that is not a thousands separator",
                "12,34;comma that is not a thousands separator",
                "k;is not a number",
                "99999999999b;is above 100,000,000,000",
                "100000000001;is above 100,000,000,000",
                "1e30;is above",
                "3741.5;is not a whole number",
                "12.5;is not a whole number"
            })
    void unreadableCountsSayWhatWasExpected(String written, String reason) {
        assertThatThrownBy(() -> count(written))
                .isInstanceOf(SpreadsheetValues.Unreadable.class)
                .hasMessageContaining("\"" + written + "\"")
                .hasMessageContaining(reason);
    }

    @Test
    void ratesAreFractions() {
        assertThat(rate("1.39%")).isCloseTo(0.0139, within(1e-12));
        assertThat(rate("25.80 %")).isCloseTo(0.258, within(1e-12));
        assertThat(rate("0.0139")).isCloseTo(0.0139, within(1e-12));
        assertThatThrownBy(() -> rate("high")).hasMessageContaining("is not a rate");
    }

    @ParameterizedTest
    @CsvSource({
        "true,true",
        "TRUE,true",
        "yes,true",
        "Y,true",
        "1,true",
        "false,false",
        "No,false",
        "n,false",
        "0,false"
    })
    void booleans(String written, boolean expected) {
        assertThat(bool(written)).isEqualTo(expected);
    }

    @Test
    void aBooleanThatIsNoneOfTheWordsIsUnreadable() {
        assertThatThrownBy(() -> bool("maybe")).hasMessageContaining("\"maybe\" is not a boolean");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "2026-05-01T10:00:00Z;2026-05-01T10:00:00Z",
                "2026-05-01;2026-05-01T00:00:00Z",
                "2026-05-01T12:00:00+02:00;2026-05-01T10:00:00Z",
                "2021-08-17T19:00:42+0000;2021-08-17T19:00:42Z",
                "2019-03-21T20:37:49.000Z;2019-03-21T20:37:49Z",
                "2026-05-01 10:00:00;2026-05-01T10:00:00Z",
                "2026-05-01T10:00;2026-05-01T10:00:00Z",
                "2024-02-29T23:59:59Z;2024-02-29T23:59:59Z"
            })
    void timesInTheShapesSpreadsheetsAndApisWrite(String written, String expected) {
        assertThat(time(written)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-13-01", "2023-02-29", "2026-05-01T25:00:00Z", "01/05/2026"})
    void unreadableTimes(String written) {
        assertThatThrownBy(() -> time(written)).hasMessageContaining("is not a time");
    }
}
