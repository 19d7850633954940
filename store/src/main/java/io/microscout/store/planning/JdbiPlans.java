package io.microscout.store.planning;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.planning.Objective;
import io.microscout.planning.Plans;
import io.microscout.planning.SavedPlan;
import io.microscout.pricing.Deliverable;
import io.microscout.store.StoredTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@link Plans} in the tables of migration V5, on H2 or PostgreSQL. Saving a name again replaces that plan.
 * The plans of one workspace (V60: {@code plans.workspace_id}) are stored under the key {@code w<id>.<name>} so
 * that two workspaces can use the same name; the CLI's plans have no workspace and keep their plain name.
 */
public final class JdbiPlans implements Plans {
    private final Jdbi jdbi;
    private final Long workspace;

    /** The home's own plans (the CLI's). */
    public JdbiPlans(Jdbi jdbi) {
        this(jdbi, null);
    }

    /** The plans of one workspace of the server; null: the home's own. */
    public JdbiPlans(Jdbi jdbi, Long workspace) {
        this.jdbi = jdbi;
        this.workspace = workspace;
    }

    private String key(String name) {
        return workspace == null ? name : "w" + workspace + "." + name;
    }

    private String nameOf(String key) {
        return workspace == null ? key : key.substring(key.indexOf('.') + 1);
    }

    private String scope() {
        return workspace == null ? " workspace_id IS NULL" : " workspace_id = " + workspace;
    }

    @Override
    public void save(SavedPlan p) {
        jdbi.useTransaction(h -> {
            String key = key(p.name());
            h.createUpdate("DELETE FROM plans WHERE name = :name AND" + scope())
                    .bind("name", key)
                    .execute();
            h.createUpdate("INSERT INTO plans (name, saved_at, brief_name, budget, objective, rate_card, seed, "
                            + "candidates_from, synthetic, cost, assumptions, document, workspace_id) VALUES (:name, "
                            + ":at, :brief, :budget, :objective, :card, :seed, :from, :synthetic, :cost, :assumptions, "
                            + ":document, :workspace)")
                    .bind("name", key)
                    .bindByType("workspace", workspace, Long.class)
                    .bind("at", OffsetDateTime.ofInstant(p.savedAt(), ZoneOffset.UTC))
                    .bind("brief", p.briefName())
                    .bind("budget", p.budget())
                    .bind("objective", p.objective().id())
                    .bind("card", p.rateCard())
                    .bind("seed", p.seed())
                    .bind("from", p.candidatesFrom())
                    .bind("synthetic", p.synthetic())
                    .bind("cost", p.cost())
                    .bind("assumptions", String.join("\n", p.assumptions()))
                    .bind("document", p.document())
                    .execute();
            PreparedBatch items = h.prepareBatch("INSERT INTO plan_selections (plan_name, seq, platform, handle, "
                    + "deliverable, price, price_basis, reason) VALUES (:name, :seq, :platform, :handle, :deliverable, "
                    + ":price, :basis, :reason)");
            int seq = 0;
            for (SavedPlan.Item i : p.selections()) {
                items.bind("name", key)
                        .bind("seq", seq++)
                        .bind("platform", i.creator().platform().id())
                        .bind("handle", i.creator().handle())
                        .bind("deliverable", i.deliverable().id())
                        .bind("price", i.price())
                        .bind("basis", i.priceBasis())
                        .bind("reason", i.reason())
                        .add();
            }
            if (seq > 0) {
                items.execute();
            }
            PreparedBatch totals = h.prepareBatch("INSERT INTO plan_totals (plan_name, figure, p10, p50, p90) "
                    + "VALUES (:name, :figure, :p10, :p50, :p90)");
            for (Map.Entry<Figure, Interval> e : p.totals().entrySet()) {
                totals.bind("name", key)
                        .bind("figure", e.getKey().name())
                        .bind("p10", e.getValue().p10())
                        .bind("p50", e.getValue().p50())
                        .bind("p90", e.getValue().p90())
                        .add();
            }
            if (!p.totals().isEmpty()) {
                totals.execute();
            }
        });
    }

    @Override
    public List<SavedPlan> list() {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT * FROM plans WHERE" + scope() + " ORDER BY saved_at DESC, name")
                        .map((rs, ctx) -> plan(h, rs))
                        .list());
    }

    @Override
    public Optional<SavedPlan> load(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plans WHERE name = :name AND" + scope())
                .bind("name", key(name))
                .map((rs, ctx) -> plan(h, rs))
                .findOne());
    }

    private SavedPlan plan(Handle h, ResultSet rs) throws SQLException {
        String name = rs.getString("name");
        List<SavedPlan.Item> items = h.createQuery("SELECT * FROM plan_selections WHERE plan_name = :name ORDER BY seq")
                .bind("name", name)
                .map((r, c) -> new SavedPlan.Item(
                        CreatorKey.of(Platform.parse(r.getString("platform")), r.getString("handle")),
                        Deliverable.parse(r.getString("deliverable")),
                        r.getDouble("price"),
                        r.getString("price_basis"),
                        r.getString("reason")))
                .list();
        Map<Figure, Interval> totals = new EnumMap<>(Figure.class);
        h.createQuery("SELECT * FROM plan_totals WHERE plan_name = :name")
                .bind("name", name)
                .map((r, c) -> {
                    totals.put(
                            Figure.valueOf(r.getString("figure")),
                            new Interval(r.getDouble("p10"), r.getDouble("p50"), r.getDouble("p90")));
                    return 0;
                })
                .list();
        String assumptions = rs.getString("assumptions");
        return new SavedPlan(
                nameOf(name),
                StoredTime.read(rs, "saved_at"),
                rs.getString("brief_name"),
                rs.getDouble("budget"),
                Objective.parse(rs.getString("objective")),
                rs.getString("rate_card"),
                rs.getLong("seed"),
                rs.getString("candidates_from"),
                rs.getBoolean("synthetic"),
                rs.getDouble("cost"),
                items,
                totals,
                assumptions == null || assumptions.isEmpty() ? List.of() : List.of(assumptions.split("\n")),
                rs.getString("document"));
    }
}
