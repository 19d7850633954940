package io.microscout.workspace;

/** A person who signs in; the password is kept only as its hash. */
public record User(long id, String email) {
    public User {
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("email must look like name@domain, got '" + email + "'");
        }
    }
}
