package io.microscout.connector;

/** A platform's quota model for one credential: checked before each call, fed with each answer. */
public interface Quota {
    /** Waits when the last answers asked for a pause; throws {@link FetchStopped} when this call would overspend. */
    void before(Step step) throws InterruptedException;

    /** Counts the call and paces the next ones (may wait, or throw {@link FetchStopped}). */
    void after(Step step, ApiResponse response) throws InterruptedException;

    /** Units left today, when the model counts units (null otherwise). */
    Long left();
}
