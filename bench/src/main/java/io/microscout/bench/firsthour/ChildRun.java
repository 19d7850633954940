package io.microscout.bench.firsthour;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One command run as a child process, as a user would type it: wall time from start to exit, CPU seconds (user +
 * system, of it and its children, from {@code /usr/bin/time}; NaN where that is not installed), and its output.
 */
record ChildRun(List<String> command, double seconds, double cpuSeconds, int exitCode, String output) {
    private static final Path TIME = Path.of("/usr/bin/time");

    /** Runs {@code command} in the current folder, its stdout and stderr together in {@code log} (kept for reading). */
    static ChildRun of(List<String> command, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Path cpu = log.resolveSibling(log.getFileName() + ".cpu");
        List<String> timed = new ArrayList<>();
        if (Files.isExecutable(TIME)) {
            timed.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", cpu.toString()));
        }
        timed.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        long t0 = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new ChildRun(List.copyOf(command), seconds, cpuOf(cpu), code, Files.readString(log));
    }

    /** User + system seconds as /usr/bin/time wrote them ("%U %S" on the last line), else NaN. */
    private static double cpuOf(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Double.NaN;
        }
        List<String> lines = Files.readAllLines(file);
        String[] parts = lines.isEmpty()
                ? new String[0]
                : lines.get(lines.size() - 1).trim().split("\\s+");
        try {
            return parts.length == 2 ? Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]) : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The same run, failing with the command and the end of its output when it did not exit with 0. */
    ChildRun succeeded() {
        if (exitCode != 0) {
            String[] lines = output.split("\n");
            String tail = String.join("\n", Arrays.copyOfRange(lines, Math.max(0, lines.length - 15), lines.length));
            throw new IllegalStateException(
                    String.join(" ", command) + " exited with " + exitCode + "; its last lines:\n" + tail);
        }
        return this;
    }

    /** {@code launcher} followed by {@code args}. */
    static List<String> line(String launcher, String... args) {
        List<String> out = new ArrayList<>();
        out.add(launcher);
        out.addAll(Arrays.asList(args));
        return out;
    }
}
