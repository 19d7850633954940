package io.microscout.solr;

import com.carrotsearch.randomizedtesting.ThreadFilter;

/**
 * The JDK's HTTP client (behind SolrJ's HttpJdkSolrClient) ends its selector thread only when the client is
 * collected on Java 17 (it has no close() before Java 21), so the randomized runner's leak check must not count it.
 */
public final class JdkHttpClientThreads implements ThreadFilter {
    @Override
    public boolean reject(Thread t) {
        return t.getName().startsWith("HttpClient-") || t.getName().startsWith("microscout-solr-client");
    }
}
