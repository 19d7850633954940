package io.microscout.connector;

/** The fetch of one creator failed (not found, a malformed answer, an API error): the others go on. */
public class ConnectorException extends RuntimeException {
    public ConnectorException(String message) {
        super(message);
    }
}
