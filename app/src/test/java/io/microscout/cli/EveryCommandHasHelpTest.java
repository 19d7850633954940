package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and subcommand answers --help with a description, and its help text renders cleanly. */
class EveryCommandHasHelpTest {

    @Test
    void everyCommandPrintsItsHelpWithoutFormattingWarnings() {
        List<String[]> paths = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(15);

        PrintStream originalErr = System.err;
        ByteArrayOutputStream picocliWarnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(picocliWarnings, true, StandardCharsets.UTF_8));
        try {
            for (String[] path : paths) {
                CommandLine cl = Main.commandLine();
                StringWriter out = new StringWriter();
                cl.setOut(new PrintWriter(out));
                String[] args = append(path, "--help");
                int code = cl.execute(args);
                assertThat(code).as(String.join(" ", args)).isZero();
                assertThat(out.toString()).as(String.join(" ", args)).contains("Usage:");
            }
        } finally {
            System.setErr(originalErr);
        }
        assertThat(picocliWarnings.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
    }

    private static void collect(CommandLine cl, List<String> prefix, List<String[]> paths) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")
                    || e.getValue().getCommandSpec().aliases().length > 0
                            && !e.getKey().equals(e.getValue().getCommandName())) {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            assertThat(e.getValue().getCommandSpec().usageMessage().description())
                    .as("description of " + path)
                    .isNotEmpty();
            paths.add(path.toArray(String[]::new));
            collect(e.getValue(), path, paths);
        }
    }

    private static String[] append(String[] path, String last) {
        String[] all = java.util.Arrays.copyOf(path, path.length + 1);
        all[path.length] = last;
        return all;
    }
}
