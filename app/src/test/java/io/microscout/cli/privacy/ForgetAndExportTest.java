package io.microscout.cli.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.app.MicroScout;
import io.microscout.cli.Main;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.IndexQuery;
import io.microscout.generator.CatalogFiles;
import io.microscout.importer.FileOutcome;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProgress;
import io.microscout.importer.formats.SourceReaders;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} then {@code forget} of one creator on a home with something in every table (generated data). */
class ForgetAndExportTest {
    @TempDir
    Path dir;

    @Test
    void exportHoldsEveryTableThenForgetLeavesNoRowAnywhereAndImportsSkipTheCreator() throws Exception {
        FullHome full = new FullHome(dir);
        CreatorKey k;
        Map<String, Long> othersBefore;
        try (MicroScout app = full.open()) {
            k = FullHome.first(app);
            othersBefore = rowsNaming(app, null);
            JsonNode export = new ObjectMapper().readTree(run("export", k.toString(), "--home", full.home.toString()));
            assertThat(export.get("creator").asText()).isEqualTo(k.toString());
            assertThat(names(export.get("held").get("catalog")))
                    .contains(
                            "creators",
                            "posts",
                            "follower_snapshots",
                            "creator_metrics",
                            "audience_samples",
                            "audience_sample_accounts",
                            "post_comments",
                            "creator_authenticity",
                            "quotes");
            assertThat(names(export.get("held").get("plans"))).containsExactly("plans", "plan_selections");
            assertThat(export.get("held")
                            .get("catalog")
                            .get("creators")
                            .get(0)
                            .get("handle")
                            .asText())
                    .isEqualTo(k.handle());
            assertThat(indexed(app, k)).isTrue();
        }

        String report = run("forget", k.toString(), "--home", full.home.toString());

        assertThat(report).startsWith("forgot " + k + ": ").contains("catalog / posts: ");
        try (MicroScout app = full.open()) {
            assertThat(rowsNaming(app, k))
                    .allSatisfy((table, n) -> assertThat(n).as(table).isZero());
            Map<String, Long> othersAfter = rowsNaming(app, null);
            othersBefore.forEach((table, n) -> assertThat(othersAfter.get(table))
                    .as("rows of the other creators in " + table)
                    .isLessThanOrEqualTo(n));
            assertThat(othersAfter.get("creators")).isEqualTo(othersBefore.get("creators") - 1);
            assertThat(indexed(app, k)).isFalse();
            assertThat(app.search().index().size()).isEqualTo(othersAfter.get("creators"));
            String doc = app.store()
                    .jdbi()
                    .withHandle(h -> h.createQuery("SELECT document FROM plans")
                            .mapTo(String.class)
                            .one());
            assertThat(doc).doesNotContain(k.handle()).contains("someone.else");

            List<FileOutcome> again = reimportCreators(full, app, ImportOptions.defaults());
            assertThat(again.get(0).problems())
                    .singleElement()
                    .asString()
                    .contains("creator " + k + " not imported: forgotten on request")
                    .contains("--allow-forgotten");
            assertThat(app.catalog().creator(k)).isEmpty();
            assertThat(app.catalog().countCreators()).isEqualTo(othersAfter.get("creators"));
        }
        assertThat(run("forget", k.toString(), "--home", full.home.toString())).contains("0 row(s) removed");
        try (MicroScout app = full.open()) {
            reimportCreators(full, app, ImportOptions.defaults().withAllowForgotten(true));
            assertThat(app.catalog().creator(k)).isPresent();
        }
    }

    private static List<FileOutcome> reimportCreators(FullHome full, MicroScout app, ImportOptions options)
            throws Exception {
        return app.imports()
                .importFiles(
                        List.of(full.generated.resolve(CatalogFiles.CREATORS)),
                        SourceReaders.forFormat("csv"),
                        options,
                        ImportProgress.silent());
    }

    private static boolean indexed(MicroScout app, CreatorKey k) {
        float[] any = new float[64];
        java.util.Arrays.fill(any, 1f);
        return app.search().index().search(new IndexQuery(null, any, null, 1000)).stream()
                .anyMatch(h -> h.key().equals(k));
    }

    /**
     * Rows per table of the whole database that name the creator (null: that name any creator), found by column
     * names so that a table added later is checked too: (platform, handle) columns, or creator_id.
     */
    static Map<String, Long> rowsNaming(MicroScout app, CreatorKey k) throws Exception {
        Long id = k == null
                ? null
                : app.store()
                        .jdbi()
                        .withHandle(
                                h -> h.createQuery("SELECT id FROM creators WHERE platform = :p AND" + " handle = :h")
                                        .bind("p", k.platform().id())
                                        .bind("h", k.handle())
                                        .mapTo(Long.class)
                                        .findOne()
                                        .orElse(-1L));
        Map<String, Long> out = new LinkedHashMap<>();
        app.store().jdbi().useHandle(h -> {
            Connection con = h.getConnection();
            DatabaseMetaData md = con.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = md.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String t : tables) {
                List<String> cols = new ArrayList<>();
                try (ResultSet rs = md.getColumns(null, null, t, "%")) {
                    while (rs.next()) {
                        cols.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                String where = null;
                if (cols.contains("platform") && cols.contains("handle")) {
                    where = k == null
                            ? "1 = 1"
                            : "platform = '" + k.platform().id() + "' AND handle = '"
                                    + k.handle().replace("'", "''") + "'";
                } else if (cols.contains("creator_id")) {
                    where = k == null ? "1 = 1" : "creator_id = " + id;
                } else if (t.equals("audience_sample_accounts")) {
                    where = k == null
                            ? "1 = 1"
                            : "sample_id IN (SELECT id FROM audience_samples WHERE platform = '"
                                    + k.platform().id() + "' AND handle = '"
                                    + k.handle().replace("'", "''") + "')";
                } else if (t.equals("audience_report_shares")) {
                    where = k == null
                            ? "1 = 1"
                            : "report_id IN (SELECT id FROM audience_reports WHERE platform = '"
                                    + k.platform().id() + "' AND handle = '"
                                    + k.handle().replace("'", "''") + "')";
                }
                if (where != null) {
                    out.put(
                            t,
                            h.createQuery("SELECT COUNT(*) FROM " + t + " WHERE " + where)
                                    .mapTo(Long.class)
                                    .one());
                }
            }
        });
        return out;
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(out, err).execute(args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }
}
