package io.microscout.cli;

import io.microscout.importer.ImportProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * How {@code import} reports one file, whatever its format: each problem on stderr (an error when nothing was
 * stored, a skipped record when the rest was), then one line on stdout: what the file changed, or that nothing was
 * stored and how to go on.
 */
final class FileReport {
    private FileReport() {}

    /**
     * Prints the file's lines; {@code changes} says what storing changed. Returns whether the file failed (nothing
     * stored).
     */
    static boolean print(
            PrintWriter out,
            PrintWriter err,
            Path file,
            int recordsRead,
            List<ImportProblem> problems,
            boolean stored,
            String changes) {
        for (ImportProblem p : problems) {
            err.println((stored ? "skipped: " : "error: ") + p);
        }
        if (!stored) {
            out.println(file + ": nothing stored: " + problems.size() + " problem(s) above;"
                    + " fix them, or use --skip-invalid to store the valid records");
            return true;
        }
        out.println(file + ": " + recordsRead + " records read"
                + (problems.isEmpty() ? "" : ", " + problems.size() + " skipped") + "; " + changes);
        return false;
    }
}
