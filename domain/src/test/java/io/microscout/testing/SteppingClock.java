package io.microscout.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests that moves only when told to (and a minute at every reading, so moves keep their order). */
public final class SteppingClock extends Clock {
    private Instant now;

    public SteppingClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        now = now.plusSeconds(60);
        return now;
    }
}
