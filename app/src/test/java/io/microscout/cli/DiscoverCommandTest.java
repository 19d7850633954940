package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiscoverCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CommandLine.IFactory ignored, String... args) {
        return run(new DiscoverCommand((c, e) -> new FixtureBackend()), args);
    }

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setExecutionExceptionHandler(new UserErrors());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void theTableShowsRankHandleFollowersTierScoreAndReasons() {
        int code = run(null, "--brief", "examples/brief-vegan-skincare.yaml");
        assertThat(code).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).contains("rank", "handle", "platform", "followers", "tier", "score", "top reasons");
        // Both skincare creators are listed, in the table's columns; which of the two ranks first is the fitted
        // relevance's call on this hashed fixture, not what this test is about.
        assertThat(lines[1]).startsWith("   1  ").contains("instagram", "micro").containsAnyOf("greenglow", "glowup");
        assertThat(out.toString())
                .contains("greenglow", "24,000", "glowup", "60,000")
                .contains("relevance: ");
        // The strength coach is off the brief's topic: under meaning-first relevance it may still be listed (its
        // meaning is not zero on this hashed fixture), but only below both skincare creators.
        int coach = out.toString().indexOf("liftheavy ");
        assertThat(coach < 0
                        || coach > out.toString().indexOf("greenglow")
                                && coach > out.toString().indexOf("glowup"))
                .as("liftheavy below the skincare creators")
                .isTrue();
    }

    @Test
    void jsonGivesEveryComponentWithValueWeightAndReason() throws Exception {
        assertThat(run(null, "--brief", "examples/brief-vegan-skincare.yaml", "--json", "--top", "2"))
                .isZero();
        JsonNode results = new ObjectMapper().readTree(out.toString()).get("results");
        assertThat(results).hasSize(2);
        JsonNode first = results.get(0).get("handle").asText().equals("greenglow") ? results.get(0) : results.get(1);
        assertThat(first.get("platform").asText()).isEqualTo("instagram");
        assertThat(first.get("handle").asText()).isEqualTo("greenglow");
        assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.get("components").size()).isEqualTo(7);
        JsonNode values = first.get("components").get("values");
        assertThat(values.get("value").asDouble()).isBetween(0.0, 1.0);
        assertThat(values.get("weight").asDouble()).isEqualTo(0.15);
        assertThat(values.get("reason").asText()).contains("vegan");
    }

    @Test
    void csvExportHoldsEveryScoreAndReason(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("out.csv");
        assertThat(run(null, "--like", "instagram:greenglow", "--csv", csv.toString()))
                .isZero();
        String text = Files.readString(csv);
        assertThat(text.lines().findFirst().orElseThrow())
                .startsWith("rank,platform,handle,followers,tier,score,evidence,relevance,")
                .contains("brandSafety_reason", "willingness_weight");
        assertThat(text).contains("glowup").doesNotContain(",greenglow,");
    }

    @Test
    void briefAndLikeAreExclusiveAndOneIsNeeded() {
        assertThat(run(null)).isEqualTo(2);
        assertThat(err.toString()).contains("give either --brief FILE or --like PLATFORM:HANDLE");
    }

    @Test
    void aBadBriefIsAUserErrorNamingTheKey(@TempDir Path dir) throws Exception {
        Path brief = Files.writeString(dir.resolve("brief.yaml"), "product: serum\naudience: {ages: [18-2x]}\n");
        assertThat(run(null, "--brief", brief.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("brief.yaml: audience.ages[0]: \"18-2x\" is not an age band");
    }

    @Test
    void onAnEmptyCatalogTheCommandSaysToImportFirst(@TempDir Path home) {
        assertThat(run(
                        new DiscoverCommand(),
                        "--home",
                        home.toString(),
                        "--brief",
                        "examples/brief-vegan-skincare.yaml"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("is empty: import creators first");
    }

    @Test
    void evalDiscoveryReportsPrecisionAndNdcgOnCategoryLabels() {
        assertThat(run(new EvalDiscoveryCommand((c, e) -> new FixtureBackend()), "--categories", "--min-relevant", "1"))
                .isZero();
        assertThat(out.toString()).contains("P@10", "nDCG@20", "beauty", "fitness", "mean (2 briefs)");
    }

    @Test
    void evalDiscoveryReadsALabelledSetFile(@TempDir Path dir) throws Exception {
        Path set = Files.writeString(
                dir.resolve("set.yaml"),
                "name: tiny\nlabelling: by hand\ncases:\n"
                        + "  - name: skincare\n    brief: {product: vegan skincare serum, niches: [beauty]}\n"
                        + "    relevant: {instagram:greenglow: 2, instagram:glowup: 1}\n");
        assertThat(run(
                        new EvalDiscoveryCommand((c, e) -> new FixtureBackend()),
                        "--labels",
                        set.toString(),
                        "--min-precision",
                        "0.15"))
                .isZero();
        assertThat(out.toString()).contains("tiny: by hand").contains("skincare");
        assertThat(run(
                        new EvalDiscoveryCommand((c, e) -> new FixtureBackend()),
                        "--labels",
                        set.toString(),
                        "--min-precision",
                        "0.5"))
                .isEqualTo(3);
    }

    @Test
    void evalDiscoveryReadsAGeneratorsGroundTruth(@TempDir Path dir) throws Exception {
        Path truth = Files.writeString(
                dir.resolve("ground-truth.csv"),
                "platform,handle,person,primary_niche,secondary_niche\n"
                        + "instagram,greenglow,p1,beauty,wellness\ninstagram,glowup,p2,beauty,\ninstagram,liftheavy,p3,fitness,\n");
        assertThat(run(
                        new EvalDiscoveryCommand((c, e) -> new FixtureBackend()),
                        "--ground-truth",
                        truth.toString(),
                        "--min-relevant",
                        "1"))
                .isZero();
        assertThat(out.toString()).contains("ground truth ground-truth.csv", "beauty", "fitness", "wellness");
        Path wrong = Files.writeString(dir.resolve("other.csv"), "platform,handle\ninstagram,x\n");
        assertThat(run(new EvalDiscoveryCommand((c, e) -> new FixtureBackend()), "--ground-truth", wrong.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("other.csv: no column primary_niche");
    }
}
