package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A spreadsheet of top creators with averages and a rate, imported through --map: shown with its source in
 * {@code creator} and the exports, unchanged by a re-import, kept out of the figures once posts exist, and
 * forgotten with the creator.
 */
class StatedEngagementCommandsTest {
    @TempDir
    Path home;

    @TempDir
    Path files;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--home=" + home);
        return cl.execute(all.toArray(new String[0]));
    }

    private Path sheet() throws Exception {
        return Files.writeString(
                files.resolve("top.csv"),
                "channel,followers,avg_likes,60d_eng_rate\nanna,48000,1.2k,2.6%\nben,9000,300,\n",
                StandardCharsets.UTF_8);
    }

    private int importSheet(Path sheet) {
        return run(
                "import",
                sheet.toString(),
                "--format=csv",
                "--platform=instagram",
                "--map=handle=channel,engagement_rate=60d_eng_rate",
                "--no-index");
    }

    @Test
    void theStatedFiguresAreShownWithTheirSourceAndNeverAsComputed() throws Exception {
        assertThat(importSheet(sheet())).isZero();

        assertThat(run("creator", "instagram:anna")).isZero();
        assertThat(out.toString())
                .contains(
                        "engagementRateMean                  2.60%   as stated by top.csv (60d_eng_rate), not computed")
                .contains("as stated by top.csv (avg_likes), not computed")
                .contains("Engagement as stated by top.csv")
                .contains("used, since there are no posts");

        assertThat(run("creator", "instagram:anna", "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.at("/metrics/source").asText()).isEqualTo("as stated by top.csv (avg_likes, 60d_eng_rate)");
        assertThat(j.at("/metrics/engagementRateMean").asDouble()).isEqualTo(0.026);
        assertThat(j.at("/statedEngagement/columns/engagement_rate").asText()).isEqualTo("60d_eng_rate");
        assertThat(j.at("/statedEngagement/used").asBoolean()).isTrue();

        assertThat(run("creators", "--csv", "--no-bom")).isZero();
        List<String> lines = out.toString().lines().toList();
        String anna =
                lines.stream().filter(l -> l.contains(",anna,")).findFirst().orElseThrow();
        assertThat(anna).contains(",2.60,").contains(",1200,");
        var rows = io.microscout.importer.csv.CsvTable.rows(
                "creators.csv", new java.io.StringReader(lines.get(0) + "\n" + anna + "\n"));
        assertThat(rows.get(0).get("metrics_source")).isEqualTo("as stated by top.csv (avg_likes, 60d_eng_rate)");
    }

    @Test
    void reimportingTheSheetChangesNothing() throws Exception {
        Path sheet = sheet();
        assertThat(importSheet(sheet)).isZero();
        assertThat(run("creator", "instagram:anna", "--json")).isZero();
        String first = new ObjectMapper()
                .readTree(out.toString())
                .at("/statedEngagement")
                .toString();

        assertThat(importSheet(sheet)).isZero();

        assertThat(out.toString()).contains("unchanged (2 creators, 0 posts already in the catalog)");
        assertThat(run("creator", "instagram:anna", "--json")).isZero();
        assertThat(new ObjectMapper()
                        .readTree(out.toString())
                        .at("/statedEngagement")
                        .toString())
                .as("same figures, same import time")
                .isEqualTo(first);
    }

    @Test
    void postsWinOnceTheyArriveAndTheStatementSaysItIsNotUsed() throws Exception {
        assertThat(importSheet(sheet())).isZero();
        Path posts = Files.writeString(
                files.resolve("posts.csv"),
                "platform,handle,post_id,published_at,likes,comments\n"
                        + "instagram,anna,1,2026-01-02,480,0\n"
                        + "instagram,anna,2,2026-01-03,480,0\n",
                StandardCharsets.UTF_8);
        assertThat(run("import", posts.toString(), "--format=csv", "--no-index"))
                .isZero();

        assertThat(run("creator", "instagram:anna", "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.at("/metrics/source").asText()).isEqualTo("computed from posts");
        assertThat(j.at("/metrics/engagementRateMean").asDouble()).isEqualTo(0.01);
        assertThat(j.at("/statedEngagement/used").asBoolean()).isFalse();
        assertThat(run("creator", "instagram:anna")).isZero();
        assertThat(out.toString()).contains("not used: posts win");
    }

    @Test
    void forgetTakesTheStatedFiguresWithTheCreator() throws Exception {
        assertThat(importSheet(sheet())).isZero();
        assertThat(run("export", "instagram:anna")).isZero();
        assertThat(out.toString()).contains("\"stated_engagement_rate\"").contains("top.csv");

        assertThat(run("forget", "instagram:anna")).isZero();

        assertThat(run("export", "instagram:anna")).isZero();
        assertThat(out.toString()).doesNotContain("top.csv");
    }
}
