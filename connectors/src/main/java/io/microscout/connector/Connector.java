package io.microscout.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.connector.state.Credential;
import io.microscout.creator.Platform;
import io.microscout.importer.SourceReader;
import java.util.Optional;

/**
 * One platform's API: the calls that fetch a creator, step by step from a state the fetch saves after each
 * stored page (JSON, so a killed fetch resumes from it), and how the platform's answers and quota read.
 */
public interface Connector {
    Platform platform();

    /** The state of a new fetch of a creator; {@code previous} is the last finished fetch's marker (a refresh), or null. */
    ObjectNode start(String handle, JsonNode previous, FetchLimits limits);

    /** The next call, or empty when this creator is complete. */
    Optional<Step> next(ObjectNode state, Credential credential);

    /** Moves the state on past a stored answer (next page cursor, what was seen). */
    void advance(ObjectNode state, Step step, JsonNode body);

    /** What the next refresh starts from (newest post seen), from a complete fetch's state. */
    JsonNode finished(ObjectNode state);

    /** An error answer as the exception to throw: {@link FetchStopped} (quota, credential) or {@link ConnectorException}. */
    RuntimeException error(ApiResponse response, String handle, WorkspaceLabel workspace, Quota quota);

    /** Authorizes and retries calls of this credential. */
    HttpCalls.Platform http(Credential credential);

    Quota quota(Credential credential);

    /** The reader of this platform's stored answers (the importers'). */
    SourceReader reader(String handle);

    /** Calls and units of fetching that many creators in full (an upper bound for a refresh). */
    FetchEstimate estimate(int creators, FetchLimits limits, Quota quota);

    /** The handle as the platform spells it (no leading @, lower case where the platform ignores case). */
    default String normalize(String handle) {
        String h = handle.strip();
        return (h.startsWith("@") ? h.substring(1) : h).toLowerCase(java.util.Locale.ROOT);
    }
}
