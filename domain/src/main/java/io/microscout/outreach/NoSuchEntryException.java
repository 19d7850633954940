package io.microscout.outreach;

/** The creator is not in the workspace's outreach (the server answers 404). */
public final class NoSuchEntryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public NoSuchEntryException(String message) {
        super(message);
    }
}
