package io.microscout.store.audience;

import io.microscout.authenticity.AccountProfile;
import io.microscout.authenticity.AudienceSamples;
import io.microscout.authenticity.CommentSample;
import io.microscout.authenticity.FollowerSample;
import io.microscout.authenticity.PostComments;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.store.Batches;
import io.microscout.store.StaleCreators;
import io.microscout.store.StoredTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link AudienceSamples} and {@link PostComments} in the tables of migration V2, on SQLite, H2 or PostgreSQL through
 * JDBI. Unknown values are stored as NULL and read back as unknown. Every write marks its creators stale
 * ({@link StaleCreators}) in the same transaction; the import clears the marks once it has rescored them.
 */
public final class JdbiAudienceSamples implements AudienceSamples, PostComments {
    private final Jdbi jdbi;

    public JdbiAudienceSamples(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(FollowerSample sample) {
        saveAll(List.of(sample));
    }

    @Override
    public void saveAll(List<FollowerSample> samples) {
        if (samples.isEmpty()) {
            return;
        }
        inTransaction(h -> {
            List<SampledAccount> rows = new ArrayList<>();
            for (FollowerSample sample : samples) {
                long id = insertSample(h, sample);
                int seq = 0;
                for (AccountProfile p : sample.followers()) {
                    rows.add(new SampledAccount(id, seq++, p));
                }
            }
            try (PreparedStatement accounts = h.getConnection().prepareStatement(INSERT_ACCOUNT)) {
                Batches.run(accounts, rows, (ps, r) -> bindAccount(ps, r.sampleId(), r.seq(), r.profile()));
            }
            markStale(h, samples.stream().map(FollowerSample::creator).toList());
        });
    }

    private record SampledAccount(long sampleId, int seq, AccountProfile profile) {}

    private void inTransaction(org.jdbi.v3.core.HandleConsumer<SQLException> work) {
        try {
            jdbi.useTransaction(work);
        } catch (SQLException e) {
            throw new io.microscout.store.CatalogStoreException(e);
        }
    }

    /** Rows go as plain JDBC batches ({@link Batches}): JDBI's named binding per row cost more than the insert. */
    private static final String INSERT_ACCOUNT = "INSERT INTO audience_sample_accounts (sample_id, seq, username,"
            + " followers, following, media_count, biography_length, has_profile_picture, private_account,"
            + " username_length, username_digit_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static long insertSample(Handle h, FollowerSample sample) {
        return h.createUpdate("INSERT INTO audience_samples (platform, handle, taken_at, source, accounts) "
                        + "VALUES (:platform, :handle, :takenAt, :source, :accounts)")
                .bind("platform", sample.creator().platform().id())
                .bind("handle", sample.creator().handle())
                .bind("takenAt", OffsetDateTime.ofInstant(sample.takenAt(), ZoneOffset.UTC))
                .bind("source", sample.source())
                .bind("accounts", sample.size())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    private static void bindAccount(PreparedStatement ps, long sampleId, int seq, AccountProfile p)
            throws SQLException {
        ps.setLong(1, sampleId);
        ps.setInt(2, seq);
        setNullable(ps, 3, p.username(), Types.VARCHAR);
        setNullable(ps, 4, p.followers(), Types.BIGINT);
        setNullable(ps, 5, p.following(), Types.BIGINT);
        setNullable(ps, 6, p.mediaCount(), Types.BIGINT);
        setNullable(ps, 7, p.biographyLength(), Types.INTEGER);
        setNullable(ps, 8, p.hasProfilePicture(), Types.BOOLEAN);
        setNullable(ps, 9, p.privateAccount(), Types.BOOLEAN);
        setNullable(ps, 10, p.usernameLength(), Types.INTEGER);
        setNullable(ps, 11, p.usernameDigitCount(), Types.INTEGER);
    }

    private static void setNullable(PreparedStatement ps, int i, Object v, int type) throws SQLException {
        if (v == null) {
            ps.setNull(i, type);
        } else if (v instanceof Long l) {
            ps.setLong(i, l);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else {
            ps.setString(i, v.toString());
        }
    }

    @Override
    public Map<CreatorKey, FollowerSample> latestOf(Collection<CreatorKey> creators) {
        if (creators.isEmpty()) {
            return Map.of();
        }
        Set<CreatorKey> wanted = new HashSet<>(creators);
        return jdbi.withHandle(h -> {
            Map<CreatorKey, Object[]> newest = new HashMap<>();
            h.createQuery("SELECT id, platform, handle, taken_at, source FROM audience_samples "
                            + "WHERE handle IN (<handles>) ORDER BY taken_at DESC, id DESC")
                    .bindList(
                            "handles",
                            wanted.stream().map(CreatorKey::handle).distinct().toList())
                    .map((rs, ctx) -> new Object[] {
                        key(rs), rs.getLong("id"), StoredTime.read(rs, "taken_at"), rs.getString("source")
                    })
                    .forEach(row -> {
                        if (wanted.contains((CreatorKey) row[0])) {
                            newest.putIfAbsent((CreatorKey) row[0], row);
                        }
                    });
            Map<Long, List<AccountProfile>> accounts = new HashMap<>();
            if (!newest.isEmpty()) {
                h.createQuery(
                                "SELECT * FROM audience_sample_accounts WHERE sample_id IN (<ids>) ORDER BY sample_id, seq")
                        .bindList(
                                "ids",
                                newest.values().stream()
                                        .map(row -> (Long) row[1])
                                        .toList())
                        .map((rs, ctx) -> Map.entry(rs.getLong("sample_id"), profile(rs)))
                        .forEach(e -> accounts.computeIfAbsent(e.getKey(), x -> new ArrayList<>())
                                .add(e.getValue()));
            }
            Map<CreatorKey, FollowerSample> found = new HashMap<>();
            newest.forEach((k, row) -> found.put(
                    k,
                    new FollowerSample(
                            k,
                            (java.time.Instant) row[2],
                            (String) row[3],
                            accounts.getOrDefault((Long) row[1], List.of()))));
            return found;
        });
    }

    /** Every creator with at least one follower sample. */
    public List<CreatorKey> sampledCreators() {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT DISTINCT platform, handle FROM audience_samples ORDER BY platform, handle")
                        .map((rs, ctx) -> key(rs))
                        .list());
    }

    private static CreatorKey key(ResultSet rs) throws SQLException {
        return CreatorKey.of(Platform.parse(rs.getString("platform")), rs.getString("handle"));
    }

    @Override
    public Optional<FollowerSample> latest(CreatorKey creator) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, taken_at, source FROM audience_samples "
                        + "WHERE platform = :platform AND handle = :handle ORDER BY taken_at DESC, id DESC LIMIT 1")
                .bind("platform", creator.platform().id())
                .bind("handle", creator.handle())
                .map((rs, ctx) ->
                        new Object[] {rs.getLong("id"), StoredTime.read(rs, "taken_at"), rs.getString("source")})
                .findOne()
                .map(row -> new FollowerSample(
                        creator, (java.time.Instant) row[1], (String) row[2], accounts(h, (Long) row[0]))));
    }

    private static List<AccountProfile> accounts(Handle h, long sampleId) {
        return h.createQuery("SELECT * FROM audience_sample_accounts WHERE sample_id = :id ORDER BY seq")
                .bind("id", sampleId)
                .map((rs, ctx) -> profile(rs))
                .list();
    }

    private static AccountProfile profile(ResultSet rs) throws SQLException {
        return new AccountProfile(
                rs.getString("username"),
                nullableLong(rs, "followers"),
                nullableLong(rs, "following"),
                nullableLong(rs, "media_count"),
                nullableInt(rs, "biography_length"),
                nullableBoolean(rs, "has_profile_picture"),
                nullableBoolean(rs, "private_account"),
                nullableInt(rs, "username_length"),
                nullableInt(rs, "username_digit_count"));
    }

    @Override
    public void add(CreatorKey creator, List<CommentSample> comments) {
        addAll(Map.of(creator, comments));
    }

    @Override
    public void addAll(Map<CreatorKey, List<CommentSample>> all) {
        if (all.values().stream().allMatch(List::isEmpty)) {
            return;
        }
        inTransaction(h -> {
            try (PreparedStatement insert = h.getConnection()
                    .prepareStatement("INSERT INTO post_comments (platform, handle, platform_post_id, author,"
                            + " comment_text) VALUES (?, ?, ?, ?, ?)")) {
                List<Map.Entry<CreatorKey, CommentSample>> rows = new ArrayList<>();
                all.forEach((creator, comments) -> comments.forEach(c -> rows.add(Map.entry(creator, c))));
                Batches.run(insert, rows, (ps, r) -> {
                    ps.setString(1, r.getKey().platform().id());
                    ps.setString(2, r.getKey().handle());
                    setNullable(ps, 3, r.getValue().postId(), Types.VARCHAR);
                    setNullable(ps, 4, r.getValue().author(), Types.VARCHAR);
                    setNullable(ps, 5, r.getValue().text(), Types.VARCHAR);
                });
            }
            markStale(
                    h,
                    all.entrySet().stream()
                            .filter(e -> !e.getValue().isEmpty())
                            .map(Map.Entry::getKey)
                            .toList());
        });
    }

    /**
     * The creators' authenticity (and the index entry that filters on it) lag behind these rows until the import
     * has rescored them; marked in the rows' own transaction, so a crash before the rescore leaves the mark for
     * the next command to repair.
     */
    private static void markStale(Handle h, Collection<CreatorKey> creators) {
        StaleCreators.markChanged(h.getConnection(), java.util.Set.copyOf(creators));
    }

    @Override
    public List<CommentSample> of(CreatorKey creator) {
        return jdbi.withHandle(h -> h.createQuery("SELECT platform_post_id, author, comment_text FROM post_comments "
                        + "WHERE platform = :platform AND handle = :handle ORDER BY id")
                .bind("platform", creator.platform().id())
                .bind("handle", creator.handle())
                .map((rs, ctx) -> new CommentSample(
                        rs.getString("platform_post_id"), rs.getString("author"), rs.getString("comment_text")))
                .list());
    }

    @Override
    public Map<CreatorKey, List<CommentSample>> ofAll(Collection<CreatorKey> creators) {
        if (creators.isEmpty()) {
            return Map.of();
        }
        Set<CreatorKey> wanted = new HashSet<>(creators);
        Map<CreatorKey, List<CommentSample>> found = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT platform, handle, platform_post_id, author, comment_text "
                        + "FROM post_comments WHERE handle IN (<handles>) ORDER BY id")
                .bindList(
                        "handles",
                        wanted.stream().map(CreatorKey::handle).distinct().toList())
                .map((rs, ctx) -> Map.entry(
                        key(rs),
                        new CommentSample(
                                rs.getString("platform_post_id"),
                                rs.getString("author"),
                                rs.getString("comment_text"))))
                .forEach(e -> {
                    if (wanted.contains(e.getKey())) {
                        found.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                .add(e.getValue());
                    }
                }));
        return found;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }
}
