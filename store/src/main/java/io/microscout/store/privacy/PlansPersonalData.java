package io.microscout.store.privacy;

import io.microscout.creator.CreatorKey;
import io.microscout.privacy.PersonalDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Jdbi;

/**
 * Saved plans (V5, every workspace's and the CLI's) that selected a creator. Forgetting removes the creator's
 * selection lines, rewrites the plan's stored document without them ({@code redact}, given by the composition root,
 * which knows the document's JSON) and adds a line to the plan's assumptions saying so: the plan's totals and
 * forecast were computed with the creator and are left as they were saved, which the line states.
 */
public final class PlansPersonalData implements PersonalDataHolder {
    private static final String SELECTED = " WHERE platform = :platform AND handle = :handle";

    private final Jdbi jdbi;
    private final BiFunction<String, CreatorKey, String> redact;

    /** @param redact the plan document without the creator (null documents are never passed) */
    public PlansPersonalData(Jdbi jdbi, BiFunction<String, CreatorKey, String> redact) {
        this.jdbi = jdbi;
        this.redact = redact;
    }

    @Override
    public String name() {
        return "plans";
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(CreatorKey creator) {
        return jdbi.withHandle(h -> {
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            out.put(
                    "plans",
                    Rows.select(
                            h,
                            "SELECT name, workspace_id, saved_at, brief_name FROM plans WHERE name IN"
                                    + " (SELECT plan_name FROM plan_selections" + SELECTED + ") ORDER BY name",
                            null,
                            creator));
            out.put("plan_selections", Rows.select(h, "SELECT * FROM plan_selections" + SELECTED, null, creator));
            out.values().removeIf(List::isEmpty);
            return out;
        });
    }

    @Override
    public Map<String, Integer> forget(CreatorKey creator) {
        return jdbi.inTransaction(h -> {
            h.execute("DELETE FROM stale_creators WHERE 1 = 0"); // SQLite: take the write lock before reading
            List<Map<String, Object>> plans = Rows.select(
                    h,
                    "SELECT name, assumptions, document FROM plans WHERE name IN"
                            + " (SELECT plan_name FROM plan_selections" + SELECTED + ")",
                    null,
                    creator);
            for (Map<String, Object> p : plans) {
                String assumptions = (String) p.get("assumptions");
                String note = "a creator was removed from this plan on request (forget); its totals and forecast"
                        + " still include them as saved";
                String document = (String) p.get("document");
                h.createUpdate("UPDATE plans SET assumptions = :a, document = :d WHERE name = :name")
                        .bind("a", assumptions == null || assumptions.isEmpty() ? note : assumptions + "\n" + note)
                        .bind("d", document == null ? null : redact.apply(document, creator))
                        .bind("name", (String) p.get("name"))
                        .execute();
            }
            Map<String, Integer> removed = new LinkedHashMap<>();
            removed.put("plan_selections", Rows.delete(h, "DELETE FROM plan_selections" + SELECTED, null, creator));
            removed.put("plans (rewritten)", plans.size());
            return removed;
        });
    }
}
