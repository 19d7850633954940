package io.microscout.app;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CatalogIndexer;
import io.microscout.discovery.CreatorIndex;
import io.microscout.solr.SolrAddress;
import io.microscout.solr.SolrCluster;
import io.microscout.solr.SolrConfigSet;
import io.microscout.solr.SolrCreatorIndex;
import io.microscout.store.index.JdbiIndexRebuilds;
import io.microscout.store.index.JdbiIndexRebuilds.Checkpoint;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Discovery on a SolrCloud collection ({@code --index solr:http://HOST:PORT/solr/NAME}): the name is an alias
 * (created with its first collection {@code NAME_1} when missing, the config set uploaded first), so that a
 * rebuild fills a new collection while the app nodes keep searching the old one, then swaps the alias and
 * deletes the old collection: a rolling reindex. The rebuild saves a checkpoint in the database after each
 * batch and resumes from it after a crash.
 */
final class SolrIndexing {
    /** Creators per checkpoint of a rebuild. */
    static final int CHECKPOINT_EVERY = 4 * CatalogIndexer.BATCH;

    private final SolrAddress address;
    private final SolrConfigSet configSet;
    private final JdbiIndexRebuilds rebuilds;
    private final Clock clock;

    SolrIndexing(SolrAddress address, int dimensions, JdbiIndexRebuilds rebuilds, Clock clock) {
        this.address = address;
        this.configSet = new SolrConfigSet(dimensions);
        this.rebuilds = rebuilds;
        this.clock = clock;
    }

    SolrAddress address() {
        return address;
    }

    /** The index under the address's name, created (config set, collection, alias) when the cluster lacks it. */
    SolrCreatorIndex open() {
        try (SolrCluster cluster = new SolrCluster(address.nodes())) {
            if (cluster.resolve(address.collection()) == null) {
                create(cluster, address.collection() + "_1");
                cluster.alias(address.collection(), address.collection() + "_1");
            }
        }
        return SolrCreatorIndex.open(address);
    }

    /** Two shards of two replicas on a cluster of two or more nodes; one of one on a single node. */
    private void create(SolrCluster cluster, String collection) {
        int live = Math.max(1, cluster.liveNodes());
        cluster.createCollection(collection, configSet, Math.min(2, live), Math.min(2, live));
    }

    /**
     * Rebuilds the index into a new collection from these catalog keys, resuming a rebuild cut short, then
     * swaps the alias to it and deletes the previous collection. Returns the creators indexed (with those of an
     * earlier, interrupted run).
     */
    long rebuild(
            List<CreatorKey> keys,
            Function<CreatorIndex, CatalogIndexer> indexerFor,
            CatalogIndexer.Progress progress) {
        String name = address.collection();
        List<CreatorKey> sorted =
                keys.stream().sorted(Comparator.comparing(CreatorKey::toString)).toList();
        try (SolrCluster cluster = new SolrCluster(address.nodes())) {
            Checkpoint at = rebuilds.find(name).orElse(null);
            String previous = cluster.resolve(name);
            if (at == null || !cluster.collections().contains(at.collection())) {
                String target = nextCollection(cluster, name);
                create(cluster, target);
                at = new Checkpoint(name, target, null, 0);
                rebuilds.save(at, clock.millis());
            }
            String lastKey = at.lastKey();
            List<CreatorKey> todo = lastKey == null
                    ? sorted
                    : sorted.stream()
                            .filter(k -> k.toString().compareTo(lastKey) > 0)
                            .toList();
            long resumed = at.indexed();
            try (SolrCreatorIndex target = SolrCreatorIndex.open(address.withCollection(at.collection()))) {
                CatalogIndexer indexer = indexerFor.apply(target);
                long done = resumed;
                for (int i = 0; i < todo.size(); i += CHECKPOINT_EVERY) {
                    List<CreatorKey> part = todo.subList(i, Math.min(todo.size(), i + CHECKPOINT_EVERY));
                    long before = indexer.creatorsIndexed();
                    long base = done;
                    indexer.index(part, n -> progress.indexed(base + n - before));
                    done += indexer.creatorsIndexed() - before;
                    at = new Checkpoint(
                            name, at.collection(), part.get(part.size() - 1).toString(), done);
                    rebuilds.save(at, clock.millis());
                }
                target.commit(false);
                cluster.alias(name, at.collection());
                rebuilds.finish(name);
                if (previous != null && !previous.equals(at.collection()) && !previous.equals(name)) {
                    cluster.awaitAlias(name, at.collection(), Duration.ofSeconds(60));
                    cluster.deleteCollection(previous);
                }
                return done;
            }
        }
    }

    /** NAME_(n+1) after the highest NAME_n of the cluster. */
    private static String nextCollection(SolrCluster cluster, String name) {
        int highest = 0;
        for (String c : cluster.collections()) {
            if (c.startsWith(name + "_") && c.substring(name.length() + 1).matches("\\d{1,9}")) {
                highest = Math.max(highest, Integer.parseInt(c.substring(name.length() + 1)));
            }
        }
        return name + "_" + (highest + 1);
    }
}
