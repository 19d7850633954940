package io.microscout.cli;

import io.microscout.cli.common.UserException;
import picocli.CommandLine;

/**
 * Turns the errors a user can fix (bad input, unknown names) into one clear line on stderr and exit code 2,
 * instead of a stack trace. Anything else is a bug and keeps its stack trace (exit code 1).
 */
public final class UserErrors implements CommandLine.IExecutionExceptionHandler {
    static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (ex instanceof IllegalArgumentException || ex instanceof UserException
                || ex instanceof java.io.FileNotFoundException || ex instanceof java.nio.file.NoSuchFileException) {
            String message = ex instanceof java.nio.file.NoSuchFileException
                    ? "no such file: " + ex.getMessage() : ex.getMessage();
            cl.getErr().println("error: " + message);
            return USER_ERROR;
        }
        cl.getErr().println("internal error (please report): " + ex);
        ex.printStackTrace(cl.getErr());
        return 1;
    }
}
