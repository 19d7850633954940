package io.microscout.importer;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while reading one file, each naming that file. */
public final class ProblemLog {
    private final String file;
    private final List<ImportProblem> problems = new ArrayList<>();

    public ProblemLog(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void add(String location, String field, String message) {
        problems.add(new ImportProblem(file, location, field, message));
    }

    public int size() {
        return problems.size();
    }

    public List<ImportProblem> list() {
        return List.copyOf(problems);
    }
}
