package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.app.MicroScout;
import io.microscout.app.Settings;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.store.StoreLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

public class CatalogCommandsTest {
    public static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    @TempDir
    Path home;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void catalogOfTwo() {
        try (MicroScout app =
                MicroScout.open(StoreLocation.sqlite(home), Settings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            app.imports()
                    .store(new CatalogBatch(
                            "test",
                            List.of(
                                    creator("instagram:anna", 10_000, "Vegan recipes"),
                                    creator("youtube:ben", 250_000, "Tech")),
                            posts("instagram:anna", 300, 20).stream().toList(),
                            List.of(new FollowerSnapshot(
                                    CreatorKey.parse("instagram:anna"), NOW, 10_000, null, null))));
        }
    }

    public static Creator creator(String key, long followers, String bio) {
        return Creator.builder(CreatorKey.parse(key))
                .followers(followers)
                .biography(bio)
                .countryCode("DE")
                .languageCode("de")
                .observedAt(NOW)
                .build();
    }

    public static List<Post> posts(String key, long likes, long comments) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            posts.add(new Post(
                    CreatorKey.parse(key),
                    key + i,
                    NOW.minusSeconds(86_400L * (2 + i)),
                    PostFormat.PHOTO,
                    "Homemade vegan recipe for dinner #recipe #cooking",
                    null,
                    null,
                    likes,
                    comments,
                    null,
                    null,
                    null,
                    i == 0,
                    null));
        }
        return posts;
    }

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--home=" + home);
        return cl.execute(all.toArray(new String[0]));
    }

    @Test
    void creatorJsonHasTheProfileTierAndMetricsAsFractions() throws Exception {
        assertThat(run("creator", "instagram:anna", "--json")).isZero();

        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("platform").asText()).isEqualTo("instagram");
        assertThat(j.get("handle").asText()).isEqualTo("anna");
        assertThat(j.get("followers").asLong()).isEqualTo(10_000);
        assertThat(j.get("tier").asText()).isEqualTo("micro");
        assertThat(j.at("/metrics/postsAnalysed").asInt()).isEqualTo(3);
        assertThat(j.at("/metrics/engagementRateMean").asDouble()).isCloseTo(0.032, within(1e-12));
        assertThat(j.at("/metrics/engagementRateMedian").asDouble()).isCloseTo(0.032, within(1e-12));
        assertThat(j.at("/metrics/engagementRateByViewsMean").isNull()).isTrue();
        assertThat(j.at("/formulas/engagementRateMean").asText()).contains("(likes + comments) / followers");
        assertThat(j.at("/posts/sponsored").asInt()).isEqualTo(1);
        assertThat(j.get("snapshots")).hasSize(1);
    }

    @Test
    void creatorTextShowsEachMetricWithItsFormula() {
        assertThat(run("creator", "instagram:anna")).isZero();

        assertThat(out.toString())
                .contains("engagementRateMean", "3.20%", "mean over posts of (likes + comments) / followers");
    }

    @Test
    void creatorShowsThePostsBehindEveryContentClaimWithTheMatchingWords() throws Exception {
        assertThat(run("creator", "instagram:anna")).isZero();
        assertThat(out.toString())
                .contains("value vegan: vegan in 3 of 3 posts")
                .contains("Homemade [vegan] recipe for dinner")
                .contains("Audience (an estimate, estimated from the creator's country DE and language de)");

        out.getBuffer().setLength(0);
        assertThat(run("creator", "instagram:anna", "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        JsonNode vegan = null;
        for (JsonNode c : j.get("claims")) {
            if (c.get("kind").asText().equals("value") && c.get("id").asText().equals("vegan")) {
                vegan = c;
            }
        }
        assertThat(vegan).isNotNull();
        assertThat(vegan.get("postsMatched").asInt()).isEqualTo(3);
        assertThat(vegan.get("posts")).hasSize(3);
        assertThat(vegan.at("/posts/0/matches").toString()).contains("vegan");
        assertThat(vegan.at("/posts/0/caption").asText()).startsWith("Homemade [vegan] recipe");
        assertThat(j.at("/audience/estimate").asBoolean()).isTrue();
        assertThat(j.at("/audience/estimatedFrom").asText()).contains("the creator's country DE and language de");
    }

    @Test
    void aLongCaptionIsCutAroundItsFirstMatchingWord() {
        String caption = "x".repeat(300) + " we only cook vegan food here " + "y".repeat(300);
        var segments = ClaimEvidence.highlight(caption, List.of("vegan"));
        String shown = ClaimEvidence.marked(segments);
        assertThat(shown).startsWith("…").endsWith("…").contains("cook [vegan] food");
        assertThat(shown.length()).isLessThanOrEqualTo(ClaimEvidence.CAPTION_CHARS + 4);
        assertThat(ClaimEvidence.marked(ClaimEvidence.highlight("Love my #SkincareRoutine", List.of("#skincare"))))
                .isEqualTo("Love my #[Skincare]Routine");
    }

    @Test
    void anUnknownCreatorIsAUserError() {
        assertThat(run("creator", "tiktok:nobody")).isEqualTo(2);
        assertThat(err.toString()).contains("no creator tiktok:nobody");
    }

    @Test
    void creatorsFiltersByEngagementWrittenAsPercentOrFraction() throws Exception {
        assertThat(run("creators", "--json", "--min-engagement", "3%")).isZero();
        JsonNode percent = new ObjectMapper().readTree(out.toString());
        out.getBuffer().setLength(0);
        assertThat(run("creators", "--json", "--min-engagement", "0.04")).isZero();
        JsonNode fraction = new ObjectMapper().readTree(out.toString());

        assertThat(percent).extracting(n -> n.get("handle").asText()).containsExactly("anna");
        assertThat(fraction).isEmpty();
    }

    @Test
    void creatorsCsvStartsWithABomAndCarriesWhatASpreadsheetNeeds() throws Exception {
        assertThat(run("creators", "--csv")).isZero();

        String csv = out.toString();
        assertThat(csv).startsWith("\uFEFF");
        var records =
                io.microscout.importer.csv.CsvTable.rows("creators.csv", new java.io.StringReader(csv.substring(1)));
        assertThat(List.copyOf(records.get(0).keySet())).isEqualTo(CreatorExport.COLUMNS);
        var anna = records.stream()
                .filter(r -> r.get("handle").equals("anna"))
                .findFirst()
                .orElseThrow();
        assertThat(anna.get("platform")).isEqualTo("instagram");
        assertThat(anna.get("bio")).isEqualTo("Vegan recipes");
        assertThat(anna.get("niches")).contains("food");
        assertThat(anna.get("values")).contains("vegan");
        assertThat(anna.get("er_mean_pct")).isEqualTo("3.20"); // 320 / 10,000, two decimals
        assertThat(anna.get("posts_analysed")).isEqualTo("3");
        assertThat(anna.get("price_deliverable")).isEqualTo("instagram-post");
        assertThat(anna.get("price_basis")).isEqualTo("estimate");
        assertThat(anna.get("price_quoted_at")).isEmpty();
        assertThat(Double.parseDouble(anna.get("price_usd"))).isPositive();
        assertThat(anna.get("audience_countries")).isEqualTo("DE 100%");
        assertThat(anna.get("audience_estimated_from")).isEqualTo("the creator's country DE and language de");
        assertThat(anna.get("demo")).isEmpty();
        var ben = records.stream()
                .filter(r -> r.get("handle").equals("ben"))
                .findFirst()
                .orElseThrow();
        assertThat(ben.get("er_mean_pct")).isEmpty(); // unknown, not 0
        assertThat(ben.get("authenticity_confidence")).isEqualTo("not enough data");
    }

    @Test
    void exportPricesAreTheRecordedQuoteWhereThereIsOneLabelledQuotedWithItsDate() throws Exception {
        assertThat(run("quote", "instagram:anna", "--deliverable", "instagram-post", "--price", "420"))
                .isZero();
        out.getBuffer().setLength(0);

        assertThat(run("creators", "--csv", "--no-bom")).isZero();
        var records =
                io.microscout.importer.csv.CsvTable.rows("creators.csv", new java.io.StringReader(out.toString()));
        var anna = records.stream()
                .filter(r -> r.get("handle").equals("anna"))
                .findFirst()
                .orElseThrow();
        assertThat(anna.get("price_basis")).isEqualTo("quoted");
        assertThat(anna.get("price_quoted_at")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(anna.get("price_low_usd")).isEqualTo("420.00");
        assertThat(anna.get("price_usd")).isEqualTo("420.00");
        var ben = records.stream()
                .filter(r -> r.get("handle").equals("ben"))
                .findFirst()
                .orElseThrow();
        assertThat(ben.get("price_basis")).as("no quote: the rate card").isEqualTo("estimate");
        out.getBuffer().setLength(0);

        assertThat(run("creators", "--json", "--text", "vegan")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString()).get(0);
        assertThat(json.at("/price/basis").asText()).isEqualTo("quoted");
        assertThat(json.at("/price/estimate").asBoolean()).isFalse();
        assertThat(json.at("/price/pointUsd").asDouble()).isEqualTo(420.0);
    }

    @Test
    void creatorsCsvWithoutBomForPrograms() {
        assertThat(run("creators", "--csv", "--no-bom", "--tier", "mid")).isZero();
        assertThat(out.toString()).startsWith("platform,handle,name,");
        assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).startsWith("youtube,ben,,");
    }

    @Test
    void creatorsJsonSaysThePriceAndTheAudienceAreEstimates() throws Exception {
        assertThat(run("creators", "--json", "--text", "vegan")).isZero();

        JsonNode anna = new ObjectMapper().readTree(out.toString()).get(0);
        assertThat(anna.at("/price/estimate").asBoolean()).isTrue();
        assertThat(anna.at("/price/basis").asText()).isEqualTo("estimate");
        assertThat(anna.at("/audience/estimate").asBoolean()).isTrue();
        assertThat(anna.at("/audience/estimatedFrom").asText()).contains("the creator's country DE and language de");
        assertThat(anna.at("/audience/countries/DE").asDouble()).isEqualTo(1.0);
        assertThat(anna.get("biography").asText()).isEqualTo("Vegan recipes");
        assertThat(anna.get("demo").asBoolean()).isFalse();
    }

    @Test
    void creatorsTableListsTheLargestAudienceFirst() {
        assertThat(run("creators", "--text", "vegan")).isZero();
        assertThat(out.toString()).contains("instagram:anna", "3.20%").doesNotContain("youtube:ben");
    }

    @Test
    void importOfAnUnknownFormatOrMissingFileIsAUserError() throws Exception {
        Path file = Files.writeString(home.resolve("x.csv"), "platform,handle\n");
        assertThat(run("import", file.toString(), "--format", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown import format 'nope'", "csv");
    }
}
