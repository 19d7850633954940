package io.microscout.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in rate limit: at most 5 failed sign-ins per account and 20 per address in 15 minutes (then 429 until the
 * oldest failure ages out), in the spirit of OWASP's Authentication Cheat Sheet (throttle, don't lock out; an
 * address may be shared by a whole office, so it gets more tries than one account).
 */
public final class SignInLimiter {
    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Seconds to wait before another try with this address or account; 0 when allowed. */
    public long waitSeconds(String address, String account) {
        return Math.max(
                wait("ip:" + address, MAX_FAILURES_PER_ADDRESS), wait("user:" + account, MAX_FAILURES_PER_ACCOUNT));
    }

    public void failed(String address, String account) {
        add("ip:" + address);
        add("user:" + account);
    }

    private long wait(String key, int max) {
        Deque<Instant> q = failures.get(key);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            Instant cutoff = clock.instant().minus(WINDOW);
            while (!q.isEmpty() && q.peekFirst().isBefore(cutoff)) {
                q.pollFirst();
            }
            return q.size() < max
                    ? 0
                    : Math.max(1, Duration.between(cutoff, q.peekFirst()).toSeconds());
        }
    }

    private void add(String key) {
        Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(clock.instant());
        }
    }
}
