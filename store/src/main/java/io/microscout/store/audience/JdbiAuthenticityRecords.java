package io.microscout.store.audience;

import io.microscout.authenticity.AuthenticityRecords;
import io.microscout.authenticity.AuthenticityScore;
import io.microscout.authenticity.StoredAuthenticity;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.store.SqlDialect;
import io.microscout.store.StoredTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@link AuthenticityRecords} in table {@code creator_authenticity} (migration V3): a save upserts the creators'
 * rows in one transaction (an upsert, not delete-then-insert: two imports saving the same creator at once under
 * PostgreSQL's read committed would both find no row and the second insert would fail on the key).
 * States are stored as {@code scored} / {@code not enough data}, confidences as {@code low|medium|high}.
 */
public final class JdbiAuthenticityRecords implements AuthenticityRecords {
    private static final int CHUNK = 1_000;
    private static final List<String> KEY = List.of("platform", "handle");
    private static final List<String> COLUMNS =
            List.of("platform", "handle", "score", "state", "confidence", "covered_weight", "computed_at");

    private final Jdbi jdbi;
    private final String upsertSql;

    public JdbiAuthenticityRecords(Jdbi jdbi, SqlDialect dialect) {
        this.jdbi = jdbi;
        this.upsertSql = dialect.upsert("creator_authenticity", KEY, COLUMNS);
    }

    @Override
    public void save(Collection<StoredAuthenticity> scores) {
        if (scores.isEmpty()) {
            return;
        }
        List<StoredAuthenticity> list = new ArrayList<>(scores);
        jdbi.useTransaction(h -> {
            PreparedBatch upsert = h.prepareBatch(upsertSql);
            for (StoredAuthenticity s : list) {
                upsert.bind(0, s.creator().platform().id())
                        .bind(1, s.creator().handle())
                        .bindByType(2, s.score(), Integer.class)
                        .bind(3, state(s.state()))
                        .bind(4, s.confidence().name().toLowerCase(Locale.ROOT))
                        .bind(5, s.coveredWeight())
                        .bind(6, OffsetDateTime.ofInstant(s.computedAt(), ZoneOffset.UTC))
                        .add();
            }
            upsert.execute();
        });
    }

    /** How many creators have a score (not "not enough data"). */
    public long scoredCreators() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM creator_authenticity WHERE score IS NOT NULL")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public Map<CreatorKey, StoredAuthenticity> of(Collection<CreatorKey> creators) {
        Set<CreatorKey> wanted = new HashSet<>(creators);
        List<String> handles =
                wanted.stream().map(CreatorKey::handle).distinct().toList();
        Map<CreatorKey, StoredAuthenticity> found = new HashMap<>();
        for (int from = 0; from < handles.size(); from += CHUNK) {
            List<String> chunk = handles.subList(from, Math.min(handles.size(), from + CHUNK));
            jdbi.useHandle(h -> h.createQuery("SELECT * FROM creator_authenticity WHERE handle IN (<handles>)")
                    .bindList("handles", chunk)
                    .map((rs, ctx) -> {
                        int score = rs.getInt("score");
                        Integer nullable = rs.wasNull() ? null : score;
                        return new StoredAuthenticity(
                                CreatorKey.of(Platform.parse(rs.getString("platform")), rs.getString("handle")),
                                nullable,
                                parseState(rs.getString("state")),
                                AuthenticityScore.Confidence.valueOf(
                                        rs.getString("confidence").toUpperCase(Locale.ROOT)),
                                rs.getDouble("covered_weight"),
                                StoredTime.read(rs, "computed_at"));
                    })
                    .forEach(s -> {
                        if (wanted.contains(s.creator())) {
                            found.put(s.creator(), s);
                        }
                    }));
        }
        return found;
    }

    static String state(AuthenticityScore.State state) {
        return state == AuthenticityScore.State.SCORED ? "scored" : "not enough data";
    }

    private static AuthenticityScore.State parseState(String s) {
        return "scored".equals(s) ? AuthenticityScore.State.SCORED : AuthenticityScore.State.NOT_ENOUGH_DATA;
    }
}
