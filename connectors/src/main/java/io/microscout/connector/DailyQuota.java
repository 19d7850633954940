package io.microscout.connector;

import io.microscout.connector.state.JdbiQuotaUsage;
import io.microscout.creator.Platform;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A daily budget of units per key, counted in the database (so separate commands and the server share it) per
 * day of the platform's time zone: YouTube resets at midnight Pacific time, TikTok's Research API at midnight UTC.
 * A call that would pass the budget is not made: the fetch stops and says when the day turns.
 */
public final class DailyQuota implements Quota {
    private final JdbiQuotaUsage usage;
    private final Platform platform;
    private final String keyId;
    private final long perDay;
    private final ZoneId zone;
    private final String unitName;
    private final Clock clock;

    public DailyQuota(
            JdbiQuotaUsage usage,
            Platform platform,
            String keyId,
            long perDay,
            ZoneId zone,
            String unitName,
            Clock clock) {
        this.usage = usage;
        this.platform = platform;
        this.keyId = keyId;
        this.perDay = perDay;
        this.zone = zone;
        this.unitName = unitName;
        this.clock = clock;
    }

    private String today() {
        return LocalDate.now(clock.withZone(zone)).toString();
    }

    @Override
    public void before(Step step) {
        long spent = usage.spent(platform, keyId, today());
        if (spent + step.units() > perDay) {
            throw spentToday(spent);
        }
    }

    /** The platform says the quota is spent (YouTube's quotaExceeded): stop until the day turns. */
    public FetchStopped spentToday(long spent) {
        var resume = LocalDate.now(clock.withZone(zone))
                .plusDays(1)
                .atStartOfDay(zone)
                .toInstant();
        return FetchStopped.quota(
                String.format(
                        "the %s quota of this key is spent for today: %,d of %,d %s used (the day ends at midnight %s)",
                        platform.id(), spent, perDay, unitName, zone),
                resume);
    }

    @Override
    public void after(Step step, ApiResponse response) {
        usage.add(platform, keyId, today(), step.units()); // the platforms charge failed calls too
    }

    @Override
    public Long left() {
        return Math.max(0, perDay - usage.spent(platform, keyId, today()));
    }
}
