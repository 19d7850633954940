package io.microscout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A moment's stored text on SQLite: fixed width, UTC, microseconds, the same as the pattern it is defined by. */
class StoredTimeTest {

    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSX");

    @Test
    void momentsAreWrittenAsThePatternWritesThem() {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            // from year 0 to 9999, with nanoseconds that the microsecond text must cut, not round
            Instant t = Instant.ofEpochSecond(r.nextLong(-62_167_219_200L, 253_402_300_800L), r.nextInt(1_000_000_000));
            assertThat(StoredTime.text(t)).isEqualTo(PATTERN.format(OffsetDateTime.ofInstant(t, ZoneOffset.UTC)));
        }
    }

    @Test
    void theEdgesOfTheFourDigitYearsAndBeyondThem() {
        for (Instant t : List.of(
                Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.parse("2026-05-01T12:00:00Z"),
                Instant.EPOCH)) {
            assertThat(StoredTime.text(t)).isEqualTo(PATTERN.format(OffsetDateTime.ofInstant(t, ZoneOffset.UTC)));
        }
        assertThat(StoredTime.text(Instant.parse("2026-05-01T12:00:00.1234567Z")))
                .isEqualTo("2026-05-01T12:00:00.123456Z");
    }
}
