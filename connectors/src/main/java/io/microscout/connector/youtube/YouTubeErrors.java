package io.microscout.connector.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.connector.ApiResponse;
import io.microscout.connector.ConnectorException;
import io.microscout.connector.DailyQuota;
import io.microscout.connector.FetchStopped;
import io.microscout.connector.WorkspaceLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * YouTube Data API errors ({"error":{"code","message","errors":[{"reason","domain"}]}},
 * https://developers.google.com/youtube/v3/docs/errors): a refused key stops the fetch naming the workspace, a
 * spent quota stops it until midnight Pacific time, a rate limit is retried, anything else fails this creator.
 */
final class YouTubeErrors {
    static final Set<String> KEY_REFUSED = Set.of(
            "keyInvalid", "keyExpired", "accessNotConfigured", "forbidden", "ipRefererBlocked", "API_KEY_INVALID");
    static final Set<String> QUOTA_SPENT = Set.of("quotaExceeded", "dailyLimitExceeded");
    static final Set<String> RATE_LIMITED = Set.of("rateLimitExceeded", "userRateLimitExceeded");
    private static final ObjectMapper JSON = new ObjectMapper();

    private YouTubeErrors() {}

    static List<String> reasons(ApiResponse r) {
        List<String> out = new ArrayList<>();
        try {
            JsonNode e = JSON.readTree(r.body()).path("error");
            e.path("errors").forEach(x -> out.add(x.path("reason").asText("")));
            e.path("details").forEach(x -> out.add(x.path("reason").asText("")));
        } catch (java.io.IOException | RuntimeException notJson) {
            // no reasons to read
        }
        return out;
    }

    private static String message(ApiResponse r) {
        try {
            return JSON.readTree(r.body()).path("error").path("message").asText("");
        } catch (java.io.IOException | RuntimeException notJson) {
            return "";
        }
    }

    static RuntimeException toException(ApiResponse r, String handle, WorkspaceLabel workspace, DailyQuota quota) {
        List<String> reasons = reasons(r);
        String what = "HTTP " + r.status() + " " + String.join(",", reasons) + ": " + message(r);
        if (reasons.stream().anyMatch(QUOTA_SPENT::contains)) {
            return FetchStopped.quota(
                    "YouTube says the daily quota of this key is spent (" + what + ")",
                    quota.spentToday(0).resumeAt());
        }
        if (reasons.stream().anyMatch(KEY_REFUSED::contains) || r.status() == 401) {
            return FetchStopped.credential("the YouTube API key of " + workspace + " was refused (" + what
                    + "); set a valid one with `microscout credentials set youtube" + workspace.option()
                    + " --token-file FILE`");
        }
        return new ConnectorException("the YouTube Data API refused the call for @" + handle + " (" + what + ")");
    }
}
