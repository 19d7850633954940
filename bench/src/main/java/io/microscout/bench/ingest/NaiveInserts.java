package io.microscout.bench.ingest;

import io.microscout.creator.Post;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/**
 * The baseline a team writes first: one INSERT per post, each in its own transaction (auto-commit), into an
 * embedded H2 file database of its own. The catalog's store is measured against it.
 */
final class NaiveInserts {
    private NaiveInserts() {}

    /** Inserts the posts one by one; returns the nanoseconds it took. */
    static long insert(Path folder, List<Post> posts) throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve("naive").toAbsolutePath() + ";MODE=PostgreSQL";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE post (platform VARCHAR(16), handle VARCHAR(200), post_id VARCHAR(64), "
                        + "published_at TIMESTAMP, format VARCHAR(16), caption VARCHAR(4000), likes BIGINT, "
                        + "comments BIGINT, views BIGINT, sponsored BOOLEAN, PRIMARY KEY (platform, post_id))");
            }
            c.setAutoCommit(true);
            long started = System.nanoTime();
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO post VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Post p : posts) {
                    insert.setString(1, p.creator().platform().id());
                    insert.setString(2, p.creator().handle());
                    insert.setString(3, p.platformPostId());
                    insert.setTimestamp(4, Timestamp.from(p.publishedAt()));
                    insert.setString(5, p.format().id());
                    insert.setString(6, p.caption());
                    setLong(insert, 7, p.likes());
                    setLong(insert, 8, p.comments());
                    setLong(insert, 9, p.views());
                    insert.setBoolean(10, p.sponsored());
                    insert.executeUpdate();
                }
            }
            return System.nanoTime() - started;
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }
}
