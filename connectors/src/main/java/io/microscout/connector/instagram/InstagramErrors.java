package io.microscout.connector.instagram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.connector.ApiResponse;
import io.microscout.connector.ConnectorException;
import io.microscout.connector.FetchStopped;
import io.microscout.connector.WorkspaceLabel;
import java.time.Clock;

/**
 * Graph API error answers ({"error":{"message","type","code","error_subcode","fbtrace_id"}},
 * https://developers.facebook.com/docs/graph-api/guides/error-handling): 190 is an expired or revoked token, the
 * throttling codes stop the fetch for an hour (Meta's window), anything else fails this creator.
 */
final class InstagramErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InstagramErrors() {}

    static JsonNode error(ApiResponse r) {
        try {
            JsonNode e = JSON.readTree(r.body()).path("error");
            return e.isObject() ? e : null;
        } catch (java.io.IOException | RuntimeException notJson) {
            return null;
        }
    }

    static RuntimeException toException(
            ApiResponse r, JsonNode error, String handle, WorkspaceLabel workspace, Clock clock) {
        if (error == null) {
            return new ConnectorException("the Instagram Graph API answered HTTP " + r.status() + " for @" + handle
                    + " without an error object");
        }
        int code = error.path("code").asInt(0);
        int sub = error.path("error_subcode").asInt(0);
        String what = "Graph API error " + code + (sub == 0 ? "" : "/" + sub) + ": "
                + error.path("message").asText("");
        if (code == 190 || code == 102) {
            return FetchStopped.credential("the Instagram token of " + workspace + " was refused (" + what
                    + "): it expired or was revoked; set a new one with `microscout credentials set instagram"
                    + workspace.option() + " --account IG_USER_ID --token-file FILE`");
        }
        if (code == 10 || code == 200) {
            return FetchStopped.credential("the Instagram token of " + workspace + " lacks a permission business"
                    + " discovery needs (instagram_basic, pages_read_engagement) (" + what + ")");
        }
        if (InstagramConnector.throttled(code)) {
            return InstagramConnector.stopped("Meta throttles this app or business (" + what + ")", clock, 60);
        }
        if (sub == 2207013 || code == 110) {
            return new ConnectorException("no Instagram business or creator account @" + handle
                    + " (business discovery sees only those; " + what + ")");
        }
        return new ConnectorException(
                "the Instagram Graph API refused the call for @" + handle + " (HTTP " + r.status() + ", " + what + ")");
    }
}
