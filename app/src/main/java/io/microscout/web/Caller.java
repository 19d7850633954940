package io.microscout.web;

import io.microscout.workspace.User;

/**
 * Who sends a request: a user signed in by session cookie (then {@code session} is set and state-changing calls
 * need the session's CSRF token) or by a personal API token (then {@code session} is null).
 */
public record Caller(User user, Sessions.Session session) {
    public boolean bySession() {
        return session != null;
    }
}
