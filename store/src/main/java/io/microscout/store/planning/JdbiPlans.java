package io.microscout.store.planning;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.planning.Objective;
import io.microscout.planning.Plans;
import io.microscout.planning.SavedPlan;
import io.microscout.pricing.Deliverable;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Plans} in the tables of migration V5, on H2 or PostgreSQL. Saving a name again replaces that plan. */
public final class JdbiPlans implements Plans {
    private final Jdbi jdbi;

    public JdbiPlans(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(SavedPlan p) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM plans WHERE name = :name").bind("name", p.name()).execute();
            h.createUpdate("INSERT INTO plans (name, saved_at, brief_name, budget, objective, rate_card, seed, "
                            + "candidates_from, synthetic, cost, assumptions, document) VALUES (:name, :at, :brief, "
                            + ":budget, :objective, :card, :seed, :from, :synthetic, :cost, :assumptions, :document)")
                    .bind("name", p.name()).bind("at", OffsetDateTime.ofInstant(p.savedAt(), ZoneOffset.UTC))
                    .bind("brief", p.briefName()).bind("budget", p.budget()).bind("objective", p.objective().id())
                    .bind("card", p.rateCard()).bind("seed", p.seed()).bind("from", p.candidatesFrom())
                    .bind("synthetic", p.synthetic()).bind("cost", p.cost())
                    .bind("assumptions", String.join("\n", p.assumptions())).bind("document", p.document()).execute();
            PreparedBatch items = h.prepareBatch("INSERT INTO plan_selections (plan_name, seq, platform, handle, "
                    + "deliverable, price, price_basis, reason) VALUES (:name, :seq, :platform, :handle, :deliverable, "
                    + ":price, :basis, :reason)");
            int seq = 0;
            for (SavedPlan.Item i : p.selections()) {
                items.bind("name", p.name()).bind("seq", seq++).bind("platform", i.creator().platform().id())
                        .bind("handle", i.creator().handle()).bind("deliverable", i.deliverable().id())
                        .bind("price", i.price()).bind("basis", i.priceBasis()).bind("reason", i.reason()).add();
            }
            if (seq > 0) {
                items.execute();
            }
            PreparedBatch totals = h.prepareBatch("INSERT INTO plan_totals (plan_name, figure, p10, p50, p90) "
                    + "VALUES (:name, :figure, :p10, :p50, :p90)");
            for (Map.Entry<Figure, Interval> e : p.totals().entrySet()) {
                totals.bind("name", p.name()).bind("figure", e.getKey().name())
                        .bind("p10", e.getValue().p10()).bind("p50", e.getValue().p50())
                        .bind("p90", e.getValue().p90()).add();
            }
            if (!p.totals().isEmpty()) {
                totals.execute();
            }
        });
    }

    @Override
    public List<SavedPlan> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plans ORDER BY saved_at DESC, name")
                .map((rs, ctx) -> plan(h, rs)).list());
    }

    @Override
    public Optional<SavedPlan> load(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plans WHERE name = :name").bind("name", name)
                .map((rs, ctx) -> plan(h, rs)).findOne());
    }

    private static SavedPlan plan(Handle h, ResultSet rs) throws SQLException {
        String name = rs.getString("name");
        List<SavedPlan.Item> items = h.createQuery("SELECT * FROM plan_selections WHERE plan_name = :name ORDER BY seq")
                .bind("name", name)
                .map((r, c) -> new SavedPlan.Item(CreatorKey.of(Platform.parse(r.getString("platform")),
                        r.getString("handle")), Deliverable.parse(r.getString("deliverable")), r.getDouble("price"),
                        r.getString("price_basis"), r.getString("reason")))
                .list();
        Map<Figure, Interval> totals = new EnumMap<>(Figure.class);
        h.createQuery("SELECT * FROM plan_totals WHERE plan_name = :name").bind("name", name)
                .map((r, c) -> {
                    totals.put(Figure.valueOf(r.getString("figure")), new Interval(r.getDouble("p10"),
                            r.getDouble("p50"), r.getDouble("p90")));
                    return 0;
                }).list();
        String assumptions = rs.getString("assumptions");
        return new SavedPlan(name, rs.getObject("saved_at", OffsetDateTime.class).toInstant(),
                rs.getString("brief_name"), rs.getDouble("budget"), Objective.parse(rs.getString("objective")),
                rs.getString("rate_card"), rs.getLong("seed"), rs.getString("candidates_from"),
                rs.getBoolean("synthetic"), rs.getDouble("cost"), items, totals,
                assumptions == null || assumptions.isEmpty() ? List.of() : List.of(assumptions.split("\n")),
                rs.getString("document"));
    }
}
