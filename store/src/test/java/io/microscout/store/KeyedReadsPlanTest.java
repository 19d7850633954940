package io.microscout.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store looks up many keys at once by joining a list to the table; on SQLite the list must be the outer loop
 * and the table searched by its whole unique key, or every lookup walks the catalog (an import quadratic in it).
 */
class KeyedReadsPlanTest {
    @TempDir
    Path home;

    @Test
    void creatorsAreLookedUpByTheirKeyOnePerListedHandle() throws Exception {
        List<String> plan = plan(KeyedReads.creatorsSql(SqlDialect.SQLITE));

        assertThat(plan.get(0)).contains("SCAN").contains("json_each");
        assertThat(plan.get(1)).contains("SEARCH c").contains("platform=? AND handle=?");
    }

    @Test
    void creatorIdsAreLookedUpTheSameWay() throws Exception {
        List<String> plan = plan(KeyedReads.creatorIdsSql(SqlDialect.SQLITE));

        assertThat(plan.get(0)).contains("SCAN").contains("json_each");
        assertThat(plan.get(1)).contains("SEARCH c").contains("platform=? AND handle=?");
    }

    @Test
    void postsAreLookedUpByTheirPlatformIdOnePerListedId() throws Exception {
        List<String> plan = plan(KeyedReads.postsSql(SqlDialect.SQLITE));

        assertThat(plan.get(0)).contains("SCAN").contains("json_each");
        assertThat(plan.get(1)).contains("SEARCH p").contains("platform=? AND platform_post_id=?");
        assertThat(plan.get(2)).contains("SEARCH c");
    }

    /** SQLite's plan for the statement on a migrated catalog, one line per step, outer loop first. */
    private List<String> plan(String sql) throws Exception {
        try (CatalogStore store = CatalogStore.open(TestDatabases.sqlite(home))) {
            return store.jdbi().withHandle(h -> {
                Connection con = h.getConnection();
                List<String> steps = new ArrayList<>();
                try (PreparedStatement ps = con.prepareStatement("EXPLAIN QUERY PLAN " + sql);
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        steps.add(rs.getString("detail"));
                    }
                }
                return steps;
            });
        }
    }
}
