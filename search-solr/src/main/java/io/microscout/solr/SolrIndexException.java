package io.microscout.solr;

/** The SolrCloud index could not do what was asked; the message says which node or request and why. */
public final class SolrIndexException extends RuntimeException {
    public SolrIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
