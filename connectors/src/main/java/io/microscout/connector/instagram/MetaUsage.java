package io.microscout.connector.instagram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.connector.ApiResponse;
import io.microscout.connector.FetchStopped;
import io.microscout.connector.Quota;
import io.microscout.connector.Sleeper;
import io.microscout.connector.Step;
import java.time.Clock;
import java.time.Duration;

/**
 * Meta's rate limiting as its answers report it (https://developers.facebook.com/docs/graph-api/overview/rate-limiting):
 * {@code X-App-Usage} ({"call_count","total_cputime","total_time"}, percentages of the app's limit) and
 * {@code X-Business-Use-Case-Usage} ({"&lt;business id&gt;":[{"type","call_count","total_cputime","total_time",
 * "estimated_time_to_regain_access"}]}; Instagram's business discovery is counted there). Usage is over a rolling
 * hour. At {@link #PACE_AT}% or more the fetch waits: Meta's {@code estimated_time_to_regain_access} (minutes) when
 * it gives one, else the time a rolling hour takes to bring the usage back under the threshold when spending
 * evenly, 60 min x (usage - threshold) / usage. A wait longer than the fetch's longest wait stops it with the time
 * to resume.
 */
public final class MetaUsage implements Quota {
    /** Percent of any of Meta's counters at which the fetch waits (Meta throttles at 100). */
    public static final int PACE_AT = 85;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration maxWait;
    private int lastPercent;
    private Duration pause = Duration.ZERO;
    private String why;

    public MetaUsage(Sleeper sleeper, Clock clock, Duration maxWait) {
        this.sleeper = sleeper;
        this.clock = clock;
        this.maxWait = maxWait;
    }

    /** The pause the last answer asked for is taken before the next call (the answer itself is good and stored). */
    @Override
    public void before(Step step) throws InterruptedException {
        if (pause.isZero()) {
            return;
        }
        Duration wait = pause;
        if (wait.compareTo(maxWait) > 0) {
            throw FetchStopped.quota(why, clock.instant().plus(wait));
        }
        pause = Duration.ZERO;
        sleeper.sleep(wait);
    }

    @Override
    public void after(Step step, ApiResponse response) {
        Usage u = usage(response);
        lastPercent = u.percent();
        if (u.percent() < PACE_AT && u.regainMinutes() == 0) {
            pause = Duration.ZERO;
            return;
        }
        pause = u.regainMinutes() > 0
                ? Duration.ofMinutes(u.regainMinutes())
                : Duration.ofSeconds(Math.max(1, 3600L * (u.percent() - PACE_AT) / Math.max(1, u.percent())));
        why = "Meta reports " + u.percent() + "% of the app's or business's hourly rate limit used"
                + (u.regainMinutes() > 0 ? " (access back in " + u.regainMinutes() + " min)" : "")
                + "; MicroScout pauses from " + PACE_AT + "% on";
    }

    /** The highest percentage of the last answer (for reports and tests). */
    public int lastPercent() {
        return lastPercent;
    }

    @Override
    public Long left() {
        return null;
    }

    record Usage(int percent, int regainMinutes) {}

    static Usage usage(ApiResponse r) {
        int percent = 0;
        int regain = 0;
        JsonNode app = read(r.header("x-app-usage").orElse(null));
        if (app != null) {
            percent = Math.max(percent, max(app));
        }
        JsonNode buc = read(r.header("x-business-use-case-usage").orElse(null));
        if (buc != null) {
            for (JsonNode perBusiness : buc) {
                for (JsonNode entry : perBusiness) {
                    percent = Math.max(percent, max(entry));
                    regain = Math.max(
                            regain,
                            entry.path("estimated_time_to_regain_access").asInt(0));
                }
            }
        }
        return new Usage(percent, regain);
    }

    private static int max(JsonNode counters) {
        int m = 0;
        for (String f : new String[] {"call_count", "total_cputime", "total_time"}) {
            m = Math.max(m, counters.path(f).asInt(0));
        }
        return m;
    }

    private static JsonNode read(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(header);
        } catch (java.io.IOException e) {
            return null; // a header we cannot read paces nothing; the error answers still stop the fetch
        }
    }
}
