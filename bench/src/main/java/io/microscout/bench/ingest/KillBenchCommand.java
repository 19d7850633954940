package io.microscout.bench.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microscout bench kill}: kill -9 during imports, then check that nothing was lost or half-written. */
@Command(
        name = "kill",
        mixinStandardHelpOptions = true,
        description = {
            "Crash test of the embedded store: kill -9 of imports at random moments and right after",
            "commits, each followed by checks (integrity, whole files only, nothing committed lost, derived data",
            "repaired, re-import identical to a clean import, every table compared). Exit 1 on any failure."
        })
public final class KillBenchCommand implements Callable<Integer> {

    @Option(
            names = "--kills",
            defaultValue = "100",
            description = "Kills (default: ${DEFAULT-VALUE}); an import that ends before its kill moment does not"
                    + " count (at most 3 attempts per kill).")
    int kills;

    @Option(names = "--store", defaultValue = "sqlite", description = "sqlite (the default store) or h2.")
    String storeName;

    @Option(names = "--creators", defaultValue = "300", description = "Generated accounts (default: ${DEFAULT-VALUE}).")
    int creators;

    @Option(
            names = "--posts-files",
            defaultValue = "4",
            description = "Files the posts are split into (default: ${DEFAULT-VALUE}).")
    int postFiles;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Seed of the data and of the kill moments (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", description = "Work folder (default: a new temporary folder, deleted afterwards).")
    Path work;

    @Override
    public Integer call() throws Exception {
        boolean h2 = switch (storeName) {
            case "sqlite" -> false;
            case "h2" -> true;
            default -> throw new IllegalArgumentException("--store: sqlite or h2, not '" + storeName + "'");
        };
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("microscout-kill");
        try {
            List<Path> files = data(dir.resolve("data"));
            long started = System.nanoTime();
            KillBench.Outcome o = new KillBench(kills, h2, seed, dir, System.out).run(files);
            System.out.printf(
                    "%s: %d kill -9 (%d right after a commit), %d imports finished before their kill;"
                            + " %d failed checks in %.0f s%n",
                    storeName,
                    o.killed(),
                    o.afterCommit(),
                    o.finishedFirst(),
                    o.failures().size(),
                    (System.nanoTime() - started) / 1e9);
            o.failures().forEach(f -> System.out.println("failed: " + f));
            if (o.killed() < kills) {
                System.out.println("failed: " + o.killed() + " kills of the " + kills + " asked for in " + 3 * kills
                        + " attempts (the imports ended before their kill moments)");
            }
            return o.failures().isEmpty() && o.killed() >= kills ? 0 : 1;
        } finally {
            if (work == null) {
                KillBench.deleteTree(dir);
            }
        }
    }

    /**
     * A generated catalog, posts split into several files so that an import commits several times, then its
     * follower samples and comments (imported as {@code import --format followers|comments} does).
     */
    private List<Path> data(Path out) throws Exception {
        Process p = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.microscout.cli.Main",
                        "generate",
                        "--creators",
                        Integer.toString(creators),
                        "--seed",
                        Long.toString(seed),
                        "--posts-per-creator",
                        "20",
                        "--follower-sample",
                        "40",
                        "--comments-per-post",
                        "1",
                        "--out",
                        out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("generating the test catalog failed");
        }
        List<Path> files = new ArrayList<>(List.of(out.resolve("creators.csv")));
        List<String> lines = Files.readAllLines(out.resolve("posts.csv"), StandardCharsets.UTF_8);
        int rows = lines.size() - 1;
        for (int i = 0; i < postFiles; i++) {
            List<String> part = new ArrayList<>(List.of(lines.get(0)));
            part.addAll(lines.subList(1 + rows * i / postFiles, 1 + rows * (i + 1) / postFiles));
            Path f = out.resolve("posts-" + (i + 1) + ".csv");
            Files.write(f, part, StandardCharsets.UTF_8);
            files.add(f);
        }
        files.add(out.resolve("snapshots.csv"));
        files.add(out.resolve(KillTarget.FOLLOWER_SAMPLES));
        files.add(out.resolve(KillTarget.COMMENTS));
        return files;
    }
}
