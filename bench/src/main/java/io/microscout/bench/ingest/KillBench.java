package io.microscout.bench.ingest;

import io.microscout.app.MicroScout;
import io.microscout.store.CatalogDump;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crash test of the embedded store: imports a generated catalog in a child process ({@link KillTarget}),
 * kills it with SIGKILL at a random moment inside a random file's import (or right after a file's commit), and
 * checks the home: the
 * database opens, SQLite's integrity check passes, the source tables hold exactly the files committed so far
 * (never part of a file, never less than what was reported committed), derived data is repaired on the next
 * open, and importing again gives a catalog identical, table by table, to a clean import.
 */
final class KillBench {
    private static final List<String> SOURCE_TABLES = KillTarget.SOURCE_TABLES;

    private final int kills;
    private final boolean h2;
    private final Path work;
    private final Random random;
    private final PrintStream out;
    private final String observedAt = "2026-11-01T00:00:00Z";

    KillBench(int kills, boolean h2, long seed, Path work, PrintStream out) {
        this.kills = kills;
        this.h2 = h2;
        this.work = work;
        this.random = new Random(seed);
        this.out = out;
    }

    record Outcome(int killed, int afterCommit, int finishedFirst, List<String> failures) {}

    Outcome run(List<Path> files) throws Exception {
        Path refHome = work.resolve("reference");
        long started = System.nanoTime();
        Run ref = target(refHome, files, -1, 0);
        double fullSeconds = (System.nanoTime() - started) / 1e9;
        if (ref.exit != 0) {
            throw new IllegalStateException("the reference import failed (exit " + ref.exit + ")");
        }
        List<Map<String, Integer>> prefixes = new ArrayList<>();
        Map<String, Integer> empty = new java.util.HashMap<>();
        SOURCE_TABLES.forEach(t -> empty.put(t, 0));
        prefixes.add(empty);
        prefixes.addAll(ref.counts);
        Map<String, List<String>> expected = dump(refHome);
        out.printf(
                "reference import: %d files in %.1f s (process start to exit; opened after %.1f s); %s%n",
                files.size(), fullSeconds, ref.openedAfter, sizes(expected));
        int killed = 0;
        int afterCommit = 0;
        int finishedFirst = 0;
        List<String> failures = new ArrayList<>();
        // A kill moment is a step (0: the store opened; N: file N committed) and a delay after it: 0 for "right
        // after the commit", else a share of the time the reference import took to the next step, so every file
        // is hit mid-import however the machine's speed changes between runs. Only a kill counts towards --kills:
        // an import that finished first (its last file is the last step) is checked like the others but does not
        // count. At most three attempts per kill asked for.
        for (int i = 1; killed < kills && i <= 3 * kills; i++) {
            Path home = work.resolve("kill-" + i);
            boolean onCommit = random.nextInt(3) == 0;
            int step = onCommit ? 1 + random.nextInt(files.size()) : random.nextInt(files.size());
            long delayMs = onCommit ? 0 : (long) (1000 * random.nextDouble() * ref.stepSeconds(step));
            Run run = target(home, files, step, delayMs);
            if (run.killed) {
                killed++;
                afterCommit += onCommit ? 1 : 0;
            } else {
                finishedFirst++;
            }
            String problem = check(home, run, prefixes, files, expected);
            String what = !run.killed
                    ? "finished before the kill"
                    : onCommit
                            ? "killed right after commit " + step
                            : "killed " + delayMs + " ms after " + (step == 0 ? "opening" : "commit " + step);
            out.printf(
                    "%3d %-32s %d file(s) reported committed: %s%n",
                    i, what, run.committed, problem == null ? "ok" : "FAILED: " + problem);
            if (problem != null) {
                failures.add(i + ": " + problem);
            }
            deleteTree(home);
        }
        return new Outcome(killed, afterCommit, finishedFirst, failures);
    }

    /** What a killed home must show, or null when it does. */
    private String check(
            Path home,
            Run run,
            List<Map<String, Integer>> prefixes,
            List<Path> files,
            Map<String, List<String>> expected)
            throws Exception {
        try (CatalogStore store = CatalogStore.open(location(home))) {
            if (!h2) {
                String integrity = store.jdbi()
                        .withHandle(h -> h.createQuery("PRAGMA integrity_check")
                                .mapTo(String.class)
                                .one());
                if (!"ok".equals(integrity)) {
                    return "integrity check: " + integrity;
                }
            }
            Map<String, List<String>> now = CatalogDump.of(store);
            boolean matches = false;
            for (int j = run.committed; j < prefixes.size() && !matches; j++) {
                Map<String, Integer> want = prefixes.get(j);
                matches = SOURCE_TABLES.stream().allMatch(t -> now.get(t).size() == want.get(t));
            }
            if (!matches) {
                return "source tables " + sizes(now) + " match no state of " + run.committed + " or more whole files";
            }
        } catch (RuntimeException e) {
            return "cannot open: " + e.getMessage();
        }
        try (MicroScout app = MicroScout.open(location(home), (String) null, null)) {
            if (!app.catalog().staleCreators().isEmpty()) {
                return app.catalog().staleCreators().size() + " creators still stale after reopening";
            }
            Map<String, List<String>> now = CatalogDump.of(app.store());
            for (String derived : List.of("creator_metrics", "creator_authenticity")) {
                if (now.get(derived).size() != now.get("creators").size()) {
                    return derived + " has " + now.get(derived).size() + " rows for "
                            + now.get("creators").size() + " creators after reopening";
                }
            }
        }
        Run again = target(home, files, -1, 0);
        if (again.exit != 0) {
            return "importing again failed (exit " + again.exit + ")";
        }
        Map<String, List<String>> after;
        try (CatalogStore store = CatalogStore.open(location(home))) {
            after = CatalogDump.of(store);
        }
        for (var e : expected.entrySet()) {
            if (!e.getValue().equals(after.get(e.getKey()))) {
                return "after importing again, table " + e.getKey() + " differs from a clean import ("
                        + after.get(e.getKey()).size() + " rows, clean "
                        + e.getValue().size() + ")";
            }
        }
        return null;
    }

    private Map<String, List<String>> dump(Path home) {
        try (CatalogStore store = CatalogStore.open(location(home))) {
            return CatalogDump.of(store);
        }
    }

    private StoreLocation location(Path home) {
        return h2 ? StoreLocation.h2(home) : StoreLocation.sqlite(home);
    }

    private static final class Run {
        int exit = -1;
        boolean killed;
        int committed;
        double openedAfter;
        /** Seconds from the process start to each step: index 0 the store opened, N file N committed. */
        final List<Double> stepAt = new ArrayList<>();

        /** How long the step after {@code step} took in this run (from step to step + 1). */
        double stepSeconds(int step) {
            return stepAt.get(step + 1) - stepAt.get(step);
        }

        final List<Map<String, Integer>> counts = new ArrayList<>();
    }

    /** Runs the import; kills it {@code delayMs} after step {@code killStep} (0: opened, N: commit N; -1: never). */
    private Run target(Path home, List<Path> files, int killStep, long delayMs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                KillTarget.class.getName(),
                home.toString(),
                h2 ? StoreLocation.h2(home).jdbcUrl() : "-",
                observedAt));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long started = System.nanoTime();
        Run run = new Run();
        AtomicInteger committed = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    double at = (System.nanoTime() - started) / 1e9;
                    if (line.equals("opened")) {
                        run.openedAfter = at;
                        run.stepAt.add(at);
                        killAt(p, killStep == 0, delayMs);
                    } else if (line.startsWith("committed ")) {
                        Map<String, Integer> counts = new java.util.HashMap<>();
                        String[] parts = line.split(" ");
                        for (int k = 2; k < parts.length; k++) {
                            String[] tableRows = parts[k].split("=");
                            counts.put(tableRows[0], Integer.parseInt(tableRows[1]));
                        }
                        synchronized (run) {
                            run.counts.add(counts);
                            run.stepAt.add(at);
                        }
                        int n = committed.incrementAndGet();
                        killAt(p, n == killStep, delayMs);
                    }
                }
            } catch (IOException e) {
                // the process died: its output ends here
            }
        });
        reader.start();
        run.exit = p.waitFor();
        reader.join();
        run.killed = run.exit == 137 || (run.exit != 0 && p.exitValue() == 137);
        run.committed = committed.get();
        return run;
    }

    /** At the chosen step: kills the process now, or after {@code delayMs} on a thread of its own. */
    private static void killAt(Process p, boolean now, long delayMs) {
        if (!now) {
            return;
        }
        if (delayMs <= 0) {
            p.destroyForcibly();
            return;
        }
        Thread killer = new Thread(() -> {
            try {
                if (!p.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.setDaemon(true);
        killer.start();
    }

    private static String sizes(Map<String, List<String>> tables) {
        StringBuilder s = new StringBuilder();
        tables.forEach((t, rows) -> {
            if (!rows.isEmpty()) {
                s.append(s.isEmpty() ? "" : ", ").append(t).append(' ').append(rows.size());
            }
        });
        return s.toString();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
