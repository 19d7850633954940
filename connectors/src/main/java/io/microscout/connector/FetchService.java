package io.microscout.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.connector.FetchReport.CreatorOutcome;
import io.microscout.connector.FetchReport.Status;
import io.microscout.connector.state.Credential;
import io.microscout.connector.state.JdbiCredentials;
import io.microscout.connector.state.JdbiCursors;
import io.microscout.importer.FileOutcome;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProgress;
import io.microscout.importer.ImportService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fetches creators through a {@link Connector}: for each step it takes the stored answer when a killed fetch left
 * one (no call), else calls the API (paced and retried), stores the answer under the raw folder, imports it
 * through the importers (one transaction per answer, idempotent), then saves the cursor. So a fetch stopped at
 * any point (kill -9, network loss, quota) resumes without calling for a page twice or storing anything twice.
 */
public final class FetchService {
    /** Told after each creator. */
    @FunctionalInterface
    public interface Listener {
        void creatorDone(CreatorOutcome outcome, int done, int total, int calls);
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private final JdbiCredentials credentials;
    private final JdbiCursors cursors;
    private final ImportService imports;
    private final RawResponses raw;
    private final HttpCalls http;
    private final Clock clock;

    public FetchService(
            JdbiCredentials credentials,
            JdbiCursors cursors,
            ImportService imports,
            RawResponses raw,
            HttpCalls http,
            Clock clock) {
        this.credentials = credentials;
        this.cursors = cursors;
        this.imports = imports;
        this.raw = raw;
        this.http = http;
        this.clock = clock;
    }

    /** The workspace's credential for the connector's platform; a clear error when none is set. */
    public Credential credential(Connector connector, WorkspaceLabel workspace) {
        return credentials
                .get(workspace.id(), connector.platform())
                .orElseThrow(() -> new IllegalArgumentException("no "
                        + connector.platform().id() + " credential for " + workspace + ": set one with"
                        + " `microscout credentials set " + connector.platform().id() + workspace.option()
                        + " --token-file FILE`"));
    }

    public FetchEstimate estimate(Connector connector, WorkspaceLabel workspace, int creators, FetchLimits limits) {
        return connector.estimate(creators, limits, connector.quota(credential(connector, workspace)));
    }

    public FetchReport fetch(
            Connector connector, WorkspaceLabel workspace, List<String> handles, FetchLimits limits, Listener listener)
            throws InterruptedException {
        Credential credential = credential(connector, workspace);
        Quota quota = connector.quota(credential);
        List<CreatorOutcome> outcomes = new ArrayList<>();
        int callsBefore = http.calls();
        List<String> distinct =
                handles.stream().map(connector::normalize).distinct().toList();
        for (int i = 0; i < distinct.size(); i++) {
            String handle = distinct.get(i);
            try {
                outcomes.add(fetchOne(connector, workspace, credential, quota, handle, limits));
            } catch (FetchStopped stop) {
                String why = redact(stop.getMessage(), credential);
                return new FetchReport(
                        outcomes,
                        http.calls() - callsBefore,
                        why,
                        stop.resumeAt(),
                        distinct.subList(i, distinct.size()));
            } catch (ConnectorException e) {
                outcomes.add(new CreatorOutcome(
                        handle, Status.FAILED, false, 0, 0, 0, 0, null, redact(e.getMessage(), credential)));
            }
            listener.creatorDone(outcomes.get(outcomes.size() - 1), i + 1, distinct.size(), http.calls() - callsBefore);
        }
        return new FetchReport(outcomes, http.calls() - callsBefore, null, null, List.of());
    }

    private CreatorOutcome fetchOne(
            Connector connector,
            WorkspaceLabel workspace,
            Credential credential,
            Quota quota,
            String handle,
            FetchLimits limits)
            throws InterruptedException {
        var platform = connector.platform();
        var cursor = cursors.get(workspace.id(), platform, handle);
        boolean resumed = cursor.isPresent() && cursor.get().state() != null;
        ObjectNode state;
        if (resumed) {
            state = (ObjectNode) parse(cursor.get().state());
        } else {
            JsonNode previous = limits.full()
                    ? null
                    : cursor.map(c -> c.finished()).map(FetchService::parse).orElse(null);
            state = connector.start(handle, previous, limits);
            state.put("_folder", raw.folder(platform.id(), workspace.id(), handle, clock.instant()));
            state.put("_seq", 0);
        }
        String folder = state.get("_folder").asText();
        int pages = 0;
        int added = 0;
        int updated = 0;
        int snapshots = 0;
        Optional<Step> step;
        while ((step = connector.next(state, credential)).isPresent()) {
            Step s = step.get();
            int seq = state.get("_seq").asInt() + 1;
            Path file = raw.file(folder, seq, s.name());
            JsonNode body = Files.isRegularFile(file)
                    ? readStored(file)
                    : call(connector, workspace, credential, quota, handle, s, limits, file);
            if (s.importable()) {
                FileOutcome o = importAnswer(connector, handle, file);
                added += o.summary().postsAdded();
                updated += o.summary().postsUpdated();
                snapshots += o.summary().snapshotsAdded();
            }
            connector.advance(state, s, body);
            state.put("_seq", seq);
            cursors.saveRunning(workspace.id(), platform, handle, state.toString(), clock.instant());
            pages++;
        }
        cursors.finish(
                workspace.id(), platform, handle, connector.finished(state).toString(), clock.instant());
        return new CreatorOutcome(handle, Status.FETCHED, resumed, pages, added, updated, snapshots, folder, null);
    }

    private JsonNode call(
            Connector connector,
            WorkspaceLabel workspace,
            Credential credential,
            Quota quota,
            String handle,
            Step s,
            FetchLimits limits,
            Path file)
            throws InterruptedException {
        ApiResponse r = http.call(connector.http(credential), s, quota, limits.maxWait());
        RuntimeException error = connector.error(r, handle, workspace, quota);
        if (error != null) {
            throw error;
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (JsonProcessingException e) {
            throw new ConnectorException("the " + connector.platform().id() + " API answered HTTP " + r.status()
                    + " with a body that is not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "); nothing of it was stored; the next fetch asks again");
        }
        if (body == null || !body.isObject()) {
            throw new ConnectorException("the " + connector.platform().id() + " API answered HTTP " + r.status()
                    + " with JSON that is not an object; nothing of it was stored");
        }
        raw.write(file, r.body(), clock.instant());
        return body;
    }

    private FileOutcome importAnswer(Connector connector, String handle, Path file) {
        try {
            FileOutcome o = imports.importFiles(
                            List.of(file), connector.reader(handle), ImportOptions.defaults(), ImportProgress.silent())
                    .get(0);
            if (o.failed()) {
                throw new ConnectorException("the answer stored at " + file + " was not imported: "
                        + o.problems().get(0)
                        + (o.problems().size() > 1 ? " (and " + (o.problems().size() - 1) + " more problem(s))" : ""));
            }
            return o;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readStored(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored answer " + file, e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored fetch cursor is not JSON: " + e.getOriginalMessage());
        }
    }

    /** A message with any occurrence of the secret replaced (a platform may echo what it was sent). */
    static String redact(String message, Credential credential) {
        return message == null ? null : message.replace(credential.secret(), "[secret]");
    }
}
