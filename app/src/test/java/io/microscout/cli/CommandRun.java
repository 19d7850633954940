package io.microscout.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs CLI commands on one home as a user would (user errors as messages and exit code 2), keeping the last
 * command's output and error text.
 */
public final class CommandRun {
    private final Path home;
    private String out = "";
    private String err = "";

    public CommandRun(Path home) {
        this.home = home;
    }

    /** Runs {@code command args... --home HOME} and returns the exit code. */
    public int run(Object command, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setExecutionExceptionHandler(new UserErrors());
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--home", home.toString()));
        int code = cl.execute(all.toArray(String[]::new));
        out = o.toString();
        err = e.toString();
        return code;
    }

    public String out() {
        return out;
    }

    public String err() {
        return err;
    }

    /** What to print when a command failed: its output and error text. */
    public String both() {
        return out + err;
    }
}
