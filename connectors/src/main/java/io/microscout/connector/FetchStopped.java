package io.microscout.connector;

import java.time.Instant;

/**
 * The whole fetch stops: a quota is spent (resume at {@link #resumeAt()}) or the credential was refused. What was
 * stored stays stored; running the same command again continues from the saved cursors.
 */
public final class FetchStopped extends RuntimeException {
    public enum Why {
        QUOTA,
        CREDENTIAL
    }

    private final Why why;
    private final Instant resumeAt;

    private FetchStopped(Why why, String message, Instant resumeAt) {
        super(message);
        this.why = why;
        this.resumeAt = resumeAt;
    }

    public static FetchStopped quota(String message, Instant resumeAt) {
        return new FetchStopped(Why.QUOTA, message, resumeAt);
    }

    public static FetchStopped credential(String message) {
        return new FetchStopped(Why.CREDENTIAL, message, null);
    }

    public Why why() {
        return why;
    }

    /** When the quota is back (null for a refused credential). */
    public Instant resumeAt() {
        return resumeAt;
    }
}
