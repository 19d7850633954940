package io.microscout.cli.common;

/** An error the user can fix; its message is printed as it is, without a stack trace. */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }
}
