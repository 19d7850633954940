package io.microscout.store.privacy;

import io.microscout.creator.CreatorKey;
import io.microscout.privacy.PersonalDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Jdbi;

/**
 * A workspace feature's personal data about a creator (outreach, campaigns), in every workspace: the export reads
 * its tables keyed by platform and handle; forgetting asks the feature's own store, per workspace that holds rows
 * about the creator, so its rules hold (outreach keeps an opt-out; campaigns blank the creator's code in orders).
 */
public final class WorkspaceTablesPersonalData implements PersonalDataHolder {
    private final Jdbi jdbi;
    private final String name;
    private final List<String> tables;
    private final BiFunction<Long, CreatorKey, Integer> forgetInWorkspace;

    /**
     * @param tables            its tables with workspace_id, platform and handle columns (the first ones say which
     *                          workspaces hold the creator)
     * @param forgetInWorkspace the feature's forget for one workspace; returns the rows removed or blanked
     */
    public WorkspaceTablesPersonalData(
            Jdbi jdbi, String name, List<String> tables, BiFunction<Long, CreatorKey, Integer> forgetInWorkspace) {
        this.jdbi = jdbi;
        this.name = name;
        this.tables = List.copyOf(tables);
        this.forgetInWorkspace = forgetInWorkspace;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(CreatorKey creator) {
        return jdbi.withHandle(h -> {
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            for (String t : tables) {
                out.put(t, Rows.select(h, "SELECT * FROM " + t + BY_HANDLE, null, creator));
            }
            out.values().removeIf(List::isEmpty);
            return out;
        });
    }

    @Override
    public Map<String, Integer> forget(CreatorKey creator) {
        List<Long> workspaces = jdbi.withHandle(h -> {
            java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
            for (String t : tables) {
                ids.addAll(h.createQuery("SELECT DISTINCT workspace_id FROM " + t + BY_HANDLE)
                        .bind("platform", creator.platform().id())
                        .bind("handle", creator.handle())
                        .mapTo(Long.class)
                        .list());
            }
            return List.copyOf(ids);
        });
        int removed = 0;
        for (long ws : workspaces) {
            removed += forgetInWorkspace.apply(ws, creator);
        }
        return Map.of(name + " rows in " + workspaces.size() + " workspace(s)", removed);
    }

    private static final String BY_HANDLE = " WHERE platform = :platform AND handle = :handle";
}
