package io.microscout.web;

import io.microscout.app.MicroScout;
import io.microscout.creator.Platform;
import io.microscout.importer.FileOutcome;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.SourceReader;
import io.microscout.importer.formats.SourceReaders;
import io.microscout.store.workspace.JdbiAccounts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Imports uploaded through the server: the files are saved under {@code <home>/uploads/<job>/}, then imported
 * one job at a time (the catalog has one writer) by the same {@link io.microscout.importer.ImportService} as
 * {@code microscout import}: transactional per file, idempotent, every problem naming file, line and field.
 * A job belongs to the workspace that started it (its progress and problems are seen there only); the creators
 * it stores join the shared catalog. Jobs are kept in memory: a restart forgets them (the data stays stored).
 */
public final class ImportJobs implements AutoCloseable {
    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** One uploaded file. */
    public record Upload(String name, InputStream content) {}

    private final MicroScout app;
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "microscout-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobs(MicroScout app) {
        this.app = app;
    }

    /** An import as its workspace sees it. */
    public static final class Job {
        public final long id;
        public final long workspace;
        public final String format;
        public final boolean skipInvalid;
        public final List<String> files;
        volatile State state = State.QUEUED;
        volatile int filesDone;
        volatile long recordsRead;
        volatile String error;
        final List<FileOutcome> outcomes = new ArrayList<>();
        final Map<Path, String> names = new LinkedHashMap<>();

        Job(long id, long workspace, String format, boolean skipInvalid, List<String> files) {
            this.id = id;
            this.workspace = workspace;
            this.format = format;
            this.skipInvalid = skipInvalid;
            this.files = files;
        }

        public State state() {
            return state;
        }

        public boolean finished() {
            return state == State.DONE || state == State.FAILED;
        }

        /** The shape of GET /api/workspaces/{ws}/imports/{id}. */
        public synchronized Map<String, Object> json() {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("id", id);
            j.put("format", format);
            j.put("skipInvalid", skipInvalid);
            j.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
            j.put("filesDone", filesDone);
            j.put("filesTotal", files.size());
            j.put("recordsRead", recordsRead);
            j.put("error", error);
            List<Map<String, Object>> out = new ArrayList<>();
            for (FileOutcome o : outcomes) {
                Map<String, Object> f = new LinkedHashMap<>();
                String name =
                        names.getOrDefault(o.file(), o.file().getFileName().toString());
                f.put("file", name);
                f.put("recordsRead", o.recordsRead());
                f.put("stored", o.stored());
                f.put("creatorsAdded", o.summary().creatorsAdded());
                f.put("creatorsUpdated", o.summary().creatorsUpdated());
                f.put("postsAdded", o.summary().postsAdded());
                List<Map<String, Object>> problems = new ArrayList<>();
                for (ImportProblem p : o.problems()) {
                    Map<String, Object> pj = new LinkedHashMap<>();
                    pj.put("file", name);
                    pj.put("location", p.location());
                    pj.put("field", p.field());
                    pj.put("message", p.message().replace(o.file().toString(), name));
                    problems.add(pj);
                }
                f.put("problems", problems);
                out.add(f);
            }
            j.put("files", out);
            return j;
        }
    }

    /** Saves the uploads and queues their import; the problem names the field when the request is unusable. */
    public Job start(long workspace, String format, boolean skipInvalid, String platform, List<Upload> uploads)
            throws IOException {
        if (uploads.isEmpty()) {
            throw Problem.badRequest("files", "choose at least one file to import");
        }
        SourceReader reader;
        try {
            reader = SourceReaders.forFormat(format);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("format", e.getMessage());
        }
        Platform defaultPlatform;
        try {
            defaultPlatform = platform == null || platform.isBlank() ? null : Platform.parse(platform);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("platform", e.getMessage());
        }
        long id = JdbiAccounts.newId();
        Path dir = app.location().home().resolve("uploads").resolve(Long.toString(id));
        Files.createDirectories(dir);
        List<Path> paths = new ArrayList<>();
        Job job = new Job(
                id,
                workspace,
                format,
                skipInvalid,
                uploads.stream().map(Upload::name).toList());
        int n = 0;
        for (Upload u : uploads) {
            // the stored name is ours (no path from the client); the shown name is the client's, as text
            Path file = dir.resolve((n++) + "-" + u.name().replaceAll("[^A-Za-z0-9._-]", "_"));
            Files.copy(u.content(), file, StandardCopyOption.REPLACE_EXISTING);
            paths.add(file);
            job.names.put(file, u.name());
        }
        jobs.put(id, job);
        ImportOptions options = new ImportOptions(
                Map.of(),
                StandardCharsets.UTF_8,
                defaultPlatform,
                skipInvalid,
                app.clock().instant());
        worker.submit(() -> run(job, paths, reader, options));
        return job;
    }

    private void run(Job job, List<Path> paths, SourceReader reader, ImportOptions options) {
        job.state = State.RUNNING;
        try {
            List<FileOutcome> outcomes = app.imports().importFiles(paths, reader, options, (done, total, records) -> {
                job.filesDone = done;
                job.recordsRead = records;
            });
            synchronized (job) {
                job.outcomes.addAll(outcomes);
            }
            job.state = State.DONE;
        } catch (Exception e) {
            job.error = e.getMessage();
            job.state = State.FAILED;
        }
    }

    /** The workspace's job; empty for another workspace's (whose ids must reveal nothing). */
    public java.util.Optional<Job> job(long workspace, long id) {
        Job j = jobs.get(id);
        return j == null || j.workspace != workspace ? java.util.Optional.empty() : java.util.Optional.of(j);
    }

    public List<Job> jobs(long workspace) {
        return jobs.values().stream()
                .filter(j -> j.workspace == workspace)
                .sorted((a, b) -> Long.compare(b.id, a.id))
                .toList();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
