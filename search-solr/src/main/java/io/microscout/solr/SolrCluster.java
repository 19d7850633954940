package io.microscout.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.params.CoreAdminParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;

/**
 * The cluster's administration that MicroScout does itself: uploads its config set when missing, creates
 * collections (shards x replicas, spread over the nodes), and points an alias at a collection, which is how a
 * rolling reindex swaps a freshly built collection in under the name the app nodes search.
 */
public final class SolrCluster implements AutoCloseable {

    private final List<String> nodeUrls;
    private final SolrNodes nodes;

    public SolrCluster(List<String> nodeUrls) {
        this.nodeUrls = List.copyOf(nodeUrls);
        this.nodes = new SolrNodes(nodeUrls);
    }

    /** Solr nodes the cluster (ZooKeeper) knows to be up. */
    public int liveNodes() {
        if (send(CollectionAdminRequest.getClusterStatus()).get("cluster") instanceof NamedList<?> cluster
                && cluster.get("live_nodes") instanceof List<?> live) {
            return live.size();
        }
        return 0;
    }

    /**
     * Waits until every listed node resolves {@code alias} to {@code collection} (each node caches aliases from
     * ZooKeeper), so that the collection the alias pointed at before can be deleted without failing a search.
     * A node that cannot be reached is skipped: it reads the aliases afresh when it comes back.
     */
    public void awaitAlias(String alias, String collection, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String url : nodeUrls) {
            try (SolrCluster one = new SolrCluster(List.of(url))) {
                while (!collection.equals(one.aliases().get(alias))) {
                    if (System.nanoTime() > deadline) {
                        throw new SolrIndexException(
                                url + " still does not see alias " + alias + " -> " + collection, null);
                    }
                    Thread.sleep(50);
                }
            } catch (SolrIndexException e) {
                if (!(e.getCause() instanceof SolrServerException)) {
                    throw e;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SolrIndexException("interrupted while waiting for alias " + alias, e);
            }
        }
    }

    SolrNodes nodes() {
        return nodes;
    }

    /** Uploads the config set unless the cluster has it already; returns whether it uploaded. */
    public boolean ensureConfigSet(SolrConfigSet set) {
        NamedList<Object> list = send(new ConfigSetAdminRequest.List());
        if (list.get("configSets") instanceof List<?> names && names.contains(set.name())) {
            return false;
        }
        ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(set.zip(), set.name() + ".zip");
        zip.setContentType("application/octet-stream");
        send(new ConfigSetAdminRequest.Upload().setConfigSetName(set.name()).setUploadStream(zip));
        return true;
    }

    public List<String> collections() {
        Object names = send(new CollectionAdminRequest.List()).get("collections");
        return names instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    /** Alias name to the collection(s) it points at. */
    public Map<String, String> aliases() {
        Map<String, String> out = new LinkedHashMap<>();
        if (send(new CollectionAdminRequest.ListAliases()).get("aliases") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }

    /** The collection an alias points at, the name itself when it is a collection, or null when neither. */
    public String resolve(String name) {
        String target = aliases().get(name);
        if (target != null) {
            return target;
        }
        return collections().contains(name) ? name : null;
    }

    public void createCollection(String name, SolrConfigSet set, int shards, int replicas) {
        ensureConfigSet(set);
        send(CollectionAdminRequest.createCollection(name, set.name(), shards, replicas));
    }

    /**
     * Makes sure the index named {@code name} exists: when it is neither an alias nor a collection, creates the
     * collection {@code name_1} and the alias {@code name} pointing at it (so that a later rebuild can swap a new
     * collection in). Returns the collection the name resolves to.
     */
    public String ensureIndex(String name, SolrConfigSet set, int shards, int replicas) {
        String existing = resolve(name);
        if (existing != null) {
            return existing;
        }
        String first = name + "_1";
        createCollection(first, set, shards, replicas);
        alias(name, first);
        return first;
    }

    /** Points {@code alias} at {@code collection} (atomically replacing what it pointed at). */
    public void alias(String alias, String collection) {
        send(CollectionAdminRequest.createAlias(alias, collection));
    }

    /** Bytes on disk of every replica of the collection, summed over the nodes that answer. */
    public long indexBytes(String collection) {
        long total = 0;
        for (String url : nodeUrls) {
            CoreAdminRequest status = new CoreAdminRequest();
            status.setAction(CoreAdminParams.CoreAdminAction.STATUS);
            try (SolrNodes one = new SolrNodes(List.of(url))) {
                if (one.request(status, null).get("status") instanceof NamedList<?> cores) {
                    for (Map.Entry<String, ?> core : cores) {
                        if (core.getValue() instanceof NamedList<?> c
                                && c.get("cloud") instanceof NamedList<?> cloud
                                && collection.equals(cloud.get("collection"))
                                && c.get("index") instanceof NamedList<?> index
                                && index.get("sizeInBytes") instanceof Number bytes) {
                            total += bytes.longValue();
                        }
                    }
                }
            } catch (SolrServerException | IOException e) {
                // a node that does not answer holds no bytes we can count
            }
        }
        return total;
    }

    public void deleteCollection(String name) {
        send(CollectionAdminRequest.deleteCollection(name));
    }

    private NamedList<Object> send(SolrRequest<?> request) {
        try {
            return nodes.request(request, null);
        } catch (SolrServerException | IOException e) {
            throw new SolrIndexException("Solr cluster request failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        nodes.close();
    }
}
