package io.microscout.store.index;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * Checkpoints of SolrCloud index rebuilds (table of migration V101): which new collection an index name is being
 * rebuilt into, and the last creator key whose batch is committed there. Creators are indexed in key order, so a
 * rebuild that stopped resumes after that key.
 */
public final class JdbiIndexRebuilds {

    /** A rebuild in progress. */
    public record Checkpoint(String indexName, String collection, String lastKey, long indexed) {}

    private final Jdbi jdbi;

    public JdbiIndexRebuilds(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<Checkpoint> find(String indexName) {
        return jdbi.withHandle(h -> h.createQuery("SELECT index_name, collection, last_key, indexed"
                        + " FROM search_index_rebuilds WHERE index_name = :name")
                .bind("name", indexName)
                .map((rs, c) -> new Checkpoint(
                        rs.getString("index_name"),
                        rs.getString("collection"),
                        rs.getString("last_key"),
                        rs.getLong("indexed")))
                .findOne());
    }

    /** Records a rebuild's progress (inserting the row at its first checkpoint). */
    public void save(Checkpoint c, long nowMs) {
        jdbi.useTransaction(h -> {
            int updated = bind(
                            h.createUpdate(
                                    "UPDATE search_index_rebuilds SET collection = :collection,"
                                            + " last_key = :last, indexed = :indexed, updated_ms = :now WHERE index_name = :name"),
                            c,
                            nowMs)
                    .execute();
            if (updated == 0) {
                bind(
                                h.createUpdate("INSERT INTO search_index_rebuilds (index_name, collection, last_key,"
                                        + " indexed, updated_ms) VALUES (:name, :collection, :last, :indexed, :now)"),
                                c,
                                nowMs)
                        .execute();
            }
        });
    }

    private static Update bind(Update u, Checkpoint c, long nowMs) {
        return u.bind("name", c.indexName())
                .bind("collection", c.collection())
                .bind("last", c.lastKey())
                .bind("indexed", c.indexed())
                .bind("now", nowMs);
    }

    public void finish(String indexName) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM search_index_rebuilds WHERE index_name = :name")
                .bind("name", indexName)
                .execute());
    }
}
