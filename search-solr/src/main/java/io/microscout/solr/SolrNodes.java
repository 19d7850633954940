package io.microscout.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

/**
 * The Solr nodes of a cluster, each behind SolrJ's {@link HttpJdkSolrClient} (java.net.http, no Jetty client).
 * Requests go round-robin; a node that cannot be reached (connection refused, timeout) is skipped and the next
 * one tried (also when it answers 502/503/504, as a node does while it shuts down), so a stopped node costs one
 * failed connection, not a failed search; it is then passed over for
 * {@link #DOWN_FOR} before being tried again. Errors Solr answers with (a bad query, a missing collection) are not
 * retried: another node would answer the same.
 *
 * <p>The clients share one daemon executor that {@link #close} stops with an interrupt: HttpJdkSolrClient writes
 * an update's body into a pipe from that executor, and when the node refuses the connection nobody reads the
 * pipe, so the writer would wait forever (and the client's own close with it).
 */
final class SolrNodes implements AutoCloseable {

    private final List<String> urls;
    private final List<SolrClient> clients = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final long[] downUntil;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "microscout-solr-client");
        t.setDaemon(true);
        return t;
    });

    /** HTTP statuses of a node that is stopping, starting or overloaded: the next node is asked instead. */
    static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);

    static final long DOWN_FOR = TimeUnit.SECONDS.toNanos(5);

    SolrNodes(List<String> urls) {
        this.urls = List.copyOf(urls);
        this.downUntil = new long[urls.size()];
        for (String url : urls) {
            clients.add(new HttpJdkSolrClient.Builder(url)
                    .withExecutor(executor)
                    .withConnectionTimeout(2, TimeUnit.SECONDS)
                    .withRequestTimeout(120, TimeUnit.SECONDS)
                    .useHttp1_1(true)
                    .build());
        }
    }

    /** Sends the request to the collection (null for cluster admin requests) on the first node that answers. */
    NamedList<Object> request(SolrRequest<?> request, String collection) throws SolrServerException, IOException {
        int start = Math.floorMod(next.getAndIncrement(), clients.size());
        Exception last = null;
        for (int pass = 0; pass < 2; pass++) { // first the nodes not recently down, then those too
            for (int i = 0; i < clients.size(); i++) {
                int n = (start + i) % clients.size();
                boolean down = isDown(n);
                if (down != (pass == 1)) {
                    continue;
                }
                try {
                    return clients.get(n).request(request, collection);
                } catch (SolrServerException e) {
                    if (!(e.getRootCause() instanceof IOException)) {
                        throw e;
                    }
                    last = e;
                } catch (IOException e) {
                    last = e;
                } catch (SolrException e) {
                    if (!UNAVAILABLE.contains(e.code())) {
                        throw e;
                    }
                    last = e; // a node shutting down or starting answers 503 before it stops taking connections
                }
                markDown(n);
            }
        }
        throw new SolrServerException("no Solr node answered (" + String.join(", ", urls) + "): " + last, last);
    }

    private synchronized boolean isDown(int node) {
        return downUntil[node] != 0 && System.nanoTime() - downUntil[node] < 0;
    }

    private synchronized void markDown(int node) {
        downUntil[node] = System.nanoTime() + DOWN_FOR;
    }

    @Override
    public void close() {
        for (SolrClient c : clients) {
            try {
                c.close();
            } catch (IOException e) {
                // closing a client releases its threads; nothing to recover
            }
        }
        executor.shutdownNow();
    }
}
