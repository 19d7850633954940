package io.microscout.cli;

import io.microscout.cli.common.UserException;
import io.microscout.store.StoreLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine;

/**
 * Turns the errors a user can fix (bad input, unknown names) into one clear line on stderr and exit code 2,
 * instead of a stack trace. Anything else is a bug: one line on stderr saying where its details are (a log
 * file under the home's {@code logs} folder), exit code 1; the stack trace goes to the log, not the terminal.
 */
public final class UserErrors implements CommandLine.IExecutionExceptionHandler {
    static final int USER_ERROR = 2;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (ex instanceof IllegalArgumentException
                || ex instanceof UserException
                || ex instanceof io.microscout.search.SearchIndexBusyException
                || ex instanceof java.io.FileNotFoundException
                || ex instanceof java.nio.file.NoSuchFileException) {
            String message = ex instanceof java.nio.file.NoSuchFileException
                    ? "no such file: " + ex.getMessage()
                    : ex.getMessage();
            cl.getErr().println("error: " + message);
            return USER_ERROR;
        }
        Path log = writeLog(ex, home(parseResult));
        cl.getErr()
                .println("internal error (please report it with the log): " + oneLine(ex)
                        + (log == null ? "" : "; details in " + log));
        return 1;
    }

    private static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        String first = m == null ? "" : m.lines().findFirst().orElse("");
        return ex.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first);
    }

    /** The home the command ran on: its --home, else $MICROSCOUT_HOME, else ~/.microscout. */
    private static Path home(CommandLine.ParseResult parseResult) {
        Path given = null;
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--home")) {
                given = r.matchedOptionValue("--home", null);
            }
        }
        return StoreLocation.resolve(null, given, System.getenv()).home();
    }

    /** Writes the stack trace to home/logs/error-TIME.log; null when even that fails (then it goes to stderr). */
    static Path writeLog(Throwable ex, Path home) {
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        try {
            Path dir = Files.createDirectories(home.resolve("logs"));
            return Files.writeString(dir.resolve("error-" + STAMP.format(Instant.now()) + ".log"), trace.toString());
        } catch (IOException | RuntimeException e) {
            System.err.print(trace);
            return null;
        }
    }
}
