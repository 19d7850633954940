package io.microscout.store.audience;

import io.microscout.audience.AudienceKind;
import io.microscout.audience.AudienceReport;
import io.microscout.audience.AudienceReports;
import io.microscout.brief.AgeBand;
import io.microscout.brief.Gender;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.AudienceData;
import io.microscout.store.StoredTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** {@link AudienceReports} in the tables of migration V130, through JDBI, on every supported database. */
public final class JdbiAudienceReports implements AudienceReports {
    private static final String COUNTRY = "country";
    private static final String LANGUAGE = "language";
    private static final String AGE = "age";
    private static final String GENDER = "gender";

    private final Jdbi jdbi;

    public JdbiAudienceReports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void saveAll(List<AudienceReport> reports) {
        if (!reports.isEmpty()) {
            jdbi.useTransaction(h -> reports.forEach(r -> insert(h, r)));
        }
    }

    private static void insert(Handle h, AudienceReport r) {
        long id = h.createUpdate("INSERT INTO audience_reports (platform, handle, kind, source, measured_at) "
                        + "VALUES (:platform, :handle, :kind, :source, :measuredAt)")
                .bind("platform", r.creator().platform().id())
                .bind("handle", r.creator().handle())
                .bind("kind", r.kind().id())
                .bind("source", r.source())
                .bind("measuredAt", OffsetDateTime.ofInstant(r.measuredAt(), ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        PreparedBatch batch = h.prepareBatch("INSERT INTO audience_report_shares (report_id, dimension, value_key, "
                + "share) VALUES (:id, :dimension, :key, :share)");
        AudienceData d = r.shares();
        d.countries().forEach((k, v) -> add(batch, id, COUNTRY, k, v));
        d.languages().forEach((k, v) -> add(batch, id, LANGUAGE, k, v));
        d.ages().forEach((k, v) -> add(batch, id, AGE, k.toString(), v));
        d.genders().forEach((k, v) -> add(batch, id, GENDER, k.id(), v));
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static void add(PreparedBatch batch, long id, String dimension, String key, double share) {
        batch.bind("id", id)
                .bind("dimension", dimension)
                .bind("key", key)
                .bind("share", share)
                .add();
    }

    @Override
    public Optional<AudienceReport> latest(CreatorKey creator, AudienceKind kind) {
        return Optional.ofNullable(newest(List.of(creator), kind).get(creator));
    }

    @Override
    public Map<CreatorKey, AudienceReport> bestOf(Collection<CreatorKey> creators) {
        if (creators.isEmpty()) {
            return Map.of();
        }
        Map<CreatorKey, AudienceReport> best = new HashMap<>(newest(creators, AudienceKind.FOLLOWERS));
        best.putAll(newest(creators, AudienceKind.ENGAGED));
        return best;
    }

    @Override
    public long creatorsMeasuring(String dimension) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM (SELECT DISTINCT r.platform, r.handle"
                        + " FROM audience_reports r JOIN audience_report_shares s ON s.report_id = r.id"
                        + " WHERE s.dimension = :dimension) measured")
                .bind("dimension", dimension)
                .mapTo(Long.class)
                .one());
    }

    private Map<CreatorKey, AudienceReport> newest(Collection<CreatorKey> creators, AudienceKind kind) {
        Set<CreatorKey> wanted = new HashSet<>(creators);
        return jdbi.withHandle(h -> {
            Map<CreatorKey, Head> heads = new LinkedHashMap<>();
            h.createQuery("SELECT id, platform, handle, source, measured_at FROM audience_reports "
                            + "WHERE kind = :kind AND handle IN (<handles>) ORDER BY measured_at DESC, id DESC")
                    .bind("kind", kind.id())
                    .bindList(
                            "handles",
                            wanted.stream().map(CreatorKey::handle).distinct().toList())
                    .map((rs, ctx) -> new Head(
                            CreatorKey.of(Platform.parse(rs.getString("platform")), rs.getString("handle")),
                            rs.getLong("id"),
                            rs.getString("source"),
                            StoredTime.read(rs, "measured_at")))
                    .forEach(head -> {
                        if (wanted.contains(head.creator())) {
                            heads.putIfAbsent(head.creator(), head);
                        }
                    });
            Map<CreatorKey, AudienceReport> out = new HashMap<>();
            for (Head head : heads.values()) {
                out.put(
                        head.creator(),
                        new AudienceReport(
                                head.creator(), kind, head.source(), head.measuredAt(), shares(h, head.id())));
            }
            return out;
        });
    }

    private record Head(CreatorKey creator, long id, String source, Instant measuredAt) {}

    private static AudienceData shares(Handle h, long reportId) {
        Map<String, Double> countries = new HashMap<>();
        Map<String, Double> languages = new HashMap<>();
        Map<AgeBand, Double> ages = new HashMap<>();
        Map<Gender, Double> genders = new HashMap<>();
        h.createQuery("SELECT dimension, value_key, share FROM audience_report_shares WHERE report_id = :id")
                .bind("id", reportId)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), Double.toString(rs.getDouble(3))})
                .forEach(row -> {
                    double share = Double.parseDouble(row[2]);
                    switch (row[0]) {
                        case COUNTRY -> countries.put(row[1], share);
                        case LANGUAGE -> languages.put(row[1], share);
                        case AGE -> ages.put(AgeBand.parse(row[1]), share);
                        case GENDER -> genders.put(Gender.parse(row[1]), share);
                        default ->
                            throw new IllegalStateException(
                                    "audience report " + reportId + " has an unknown dimension '" + row[0] + "'");
                    }
                });
        return new AudienceData(countries, languages, ages, genders);
    }
}
