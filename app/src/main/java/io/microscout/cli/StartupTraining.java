package io.microscout.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run of the launcher's ahead-of-time cache (JDK 25's {@code -XX:AOTCacheOutput}, JEP 483/514/515):
 * the first start after a build runs this once, in a throw-away home, through the same commands a user's first
 * hour runs (help, a small demo with its index, the reads, a discovery and a plan), so that the JVM records the
 * classes they load and link and the methods they run. Every later start maps them from the cache instead of
 * loading them from the jars: `creators` on the demo home went from 1.2-1.35 s to 0.65 s (docs/speed.md).
 *
 * <p>Nothing here changes a user's data: the home is a new temporary folder, deleted at the end. A command that
 * fails only leaves its classes out of the cache; the exit code is that of the first failure, so that the launcher
 * can say so.
 */
public final class StartupTraining {

    private static final String BRIEF = String.join(
            "\n",
            "brand: Training",
            "product: Vegan skincare serum for sensitive skin",
            "keywords: [vegan skincare, serum]",
            "niches: [beauty]",
            "budget: 5000",
            "goal: sales",
            "");

    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        System.exit(train(System.err));
    }

    /** Runs every step in a new temporary home, with their output discarded; returns the first failure's code. */
    static int train(PrintStream log) throws IOException {
        Path home = Files.createTempDirectory("microscout-startup-training");
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true);
        try {
            System.setOut(quiet);
            System.setErr(quiet);
            return runAll(home, log);
        } finally {
            System.setOut(out);
            System.setErr(err);
            deleteQuietly(home);
        }
    }

    private static int runAll(Path home, PrintStream log) throws IOException {
        Path brief = Files.writeString(home.resolve("brief.yaml"), BRIEF);
        String h = home.resolve("home").toString();
        int failure = run(log, "--help");
        failure = first(failure, run(log, "demo", "--home", h, "--creators", "40"));
        failure = first(failure, run(log, "creators", "--home", h, "--limit", "10"));
        failure = first(failure, run(log, "creators", "--home", h, "--tier", "micro", "--json"));
        failure = first(failure, run(log, "creator", "--home", h, firstCreator(home.resolve("home"))));
        failure = first(failure, run(log, "discover", "--home", h, "--brief", brief.toString(), "--top", "10"));
        failure = first(failure, run(log, "plan", "--home", h, "--brief", brief.toString(), "--save", "training"));
        failure = first(failure, run(log, "plans", "--home", h));
        return failure;
    }

    private static int run(PrintStream log, String... step) {
        int code = Main.run(step);
        if (code != 0) {
            log.println("startup training: `microscout " + String.join(" ", step) + "` exited " + code);
        }
        return code;
    }

    private static int first(int failure, int code) {
        return failure != 0 ? failure : code;
    }

    /** The first creator of the demo's generated file, as PLATFORM:HANDLE. */
    private static String firstCreator(Path home) throws IOException {
        Path generated = home.resolve("generated");
        if (!Files.isDirectory(generated)) {
            return "instagram:none";
        }
        try (Stream<Path> files = Files.walk(generated)) {
            Path creators = files.filter(p -> p.getFileName().toString().equals("creators.csv"))
                    .findFirst()
                    .orElse(null);
            if (creators == null) {
                return "instagram:none";
            }
            String[] cells = Files.readAllLines(creators).get(1).split(",", 3);
            return cells[0] + ":" + cells[1];
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary folder left behind is harmless
        }
    }
}
