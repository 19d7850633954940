package io.microscout.search;

/** The search index stayed locked by another process's writer for longer than a writer waits; says which. */
public final class SearchIndexBusyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    SearchIndexBusyException(String message) {
        super(message);
    }
}
