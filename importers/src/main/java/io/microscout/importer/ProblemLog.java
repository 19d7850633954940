package io.microscout.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found while reading one file, each naming that file, and the repairs made to values whose
 * fix was unambiguous (they do not invalidate their record; the import reports them).
 */
public final class ProblemLog {
    private final String file;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> repairs = new ArrayList<>();

    public ProblemLog(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void add(String location, String field, String message) {
        problems.add(new ImportProblem(file, location, field, message));
    }

    /** A value read after an unambiguous repair (the message says what it was and what it became). */
    public void repaired(String location, String field, String message) {
        boolean known = repairs.stream()
                .anyMatch(r -> r.location().equals(location) && java.util.Objects.equals(r.field(), field));
        if (!known) {
            repairs.add(new ImportProblem(file, location, field, message));
        }
    }

    public List<ImportProblem> repairs() {
        return List.copyOf(repairs);
    }

    public int size() {
        return problems.size();
    }

    public List<ImportProblem> list() {
        return List.copyOf(problems);
    }
}
