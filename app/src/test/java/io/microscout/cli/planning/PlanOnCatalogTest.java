package io.microscout.cli.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.cli.UserErrors;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlanOnCatalogTest {
    private static final String BRIEF = "examples/brief-vegan-skincare.yaml";

    @TempDir
    Path home;

    private SkincareCatalog catalog;
    private StringWriter out;

    @BeforeEach
    void storeTheCatalog() {
        catalog = new SkincareCatalog(home);
    }

    private int run(Object command, String... args) {
        out = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setExecutionExceptionHandler(new UserErrors());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--home";
        all[args.length + 1] = home.toString();
        return cl.execute(all);
    }

    private JsonNode planJson(String... args) throws Exception {
        assertThat(run(new PlanCommand(catalog.backends()), args)).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void planJsonHasSelectionsAndTotalsWithinTheBudgetAndTheShareCap() throws Exception {
        JsonNode plan = planJson("--brief", BRIEF, "--budget", "1500", "--json");
        assertThat(plan.get("synthetic").asBoolean()).isFalse();
        JsonNode selections = plan.get("selections");
        assertThat(selections.size()).isPositive();
        Map<String, Double> perCreator = new HashMap<>();
        double sum = 0;
        for (JsonNode s : selections) {
            assertThat(s.get("platform").asText()).isEqualTo("instagram");
            assertThat(s.get("handle").asText()).startsWith("glow"); // fit, authenticity >= 60, vetted
            assertThat(s.get("deliverable").asText()).startsWith("instagram-");
            assertThat(s.get("reason").asText()).isNotBlank();
            perCreator.merge(s.get("handle").asText(), s.get("price").asDouble(), Double::sum);
            sum += s.get("price").asDouble();
        }
        assertThat(perCreator.values()).allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(0.2 * 1500 + 0.01));
        JsonNode totals = plan.get("totals");
        assertThat(totals.get("cost").asDouble())
                .isLessThanOrEqualTo(1500)
                .isCloseTo(sum, org.assertj.core.data.Offset.offset(0.05));
        JsonNode conversions = totals.get("conversions");
        assertThat(conversions.get("p10").asDouble())
                .isLessThanOrEqualTo(conversions.get("p50").asDouble());
        assertThat(conversions.get("p50").asDouble())
                .isLessThanOrEqualTo(conversions.get("p90").asDouble());
        assertThat(plan.get("left_out").toString()).doesNotContain("fakeglow");
    }

    @Test
    void minimumFitFromTheBriefLeavesCreatorsOut() throws Exception {
        Path brief = home.resolve("strict.yaml");
        Files.writeString(brief, Files.readString(Path.of(BRIEF)) + "  minFit: 0.99\n");
        JsonNode plan = planJson("--brief", brief.toString(), "--json");
        assertThat(plan.get("selections").size()).isZero();
        assertThat(plan.get("left_out").fieldNames().next()).startsWith("fit below 0.99");
    }

    @Test
    void aRecordedQuoteOverridesTheEstimate() throws Exception {
        JsonNode before = planJson("--brief", BRIEF, "--budget", "1500", "--json");
        JsonNode first = before.get("selections").get(0);
        String creator = "instagram:" + first.get("handle").asText();
        assertThat(first.get("price_basis").asText()).isEqualTo("estimate");
        assertThat(run(
                        new QuoteCommand(),
                        creator,
                        "--deliverable",
                        first.get("deliverable").asText(),
                        "--price",
                        "5",
                        "--valid-until",
                        "2099-12-31"))
                .isZero();
        JsonNode after = planJson("--brief", BRIEF, "--budget", "1500", "--json");
        JsonNode quoted = null;
        for (JsonNode s : after.get("selections")) {
            if (s.get("handle").asText().equals(first.get("handle").asText())
                    && s.get("deliverable")
                            .asText()
                            .equals(first.get("deliverable").asText())) {
                quoted = s;
            }
        }
        assertThat(quoted).isNotNull();
        assertThat(quoted.get("price").asDouble()).isEqualTo(5.0);
        assertThat(quoted.get("price_basis").asText()).isEqualTo("quote");
    }

    @Test
    void anExpiredQuoteOrAnUnknownCreatorIsRefused() {
        assertThat(run(new QuoteCommand(), "instagram:nobody", "--deliverable", "instagram-post", "--price", "5"))
                .isEqualTo(2);
        assertThat(run(
                        new QuoteCommand(),
                        "instagram:glow1",
                        "--deliverable",
                        "instagram-post",
                        "--price",
                        "5",
                        "--valid-until",
                        "2020-01-01"))
                .isEqualTo(2);
        assertThat(run(new QuoteCommand(), "instagram:glow1", "--deliverable", "tiktok-video", "--price", "5"))
                .isEqualTo(2);
    }

    @Test
    void aSavedPlanIsListedAndShownAsJsonAndCsv() throws Exception {
        assertThat(run(
                        new PlanCommand(catalog.backends()),
                        "--brief",
                        BRIEF,
                        "--budget",
                        "1500",
                        "--save",
                        "spring-launch"))
                .isZero();
        assertThat(out.toString()).contains("Saved as \"spring-launch\"");
        assertThat(run(new PlansCommand())).isZero();
        assertThat(out.toString()).contains("spring-launch", "$1,500");
        assertThat(run(new PlansCommand.Show(), "spring-launch", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        int items = json.get("selections").size();
        assertThat(items).isPositive();
        assertThat(run(new PlansCommand.Show(), "spring-launch", "--csv")).isZero();
        var rows = io.microscout.importer.csv.CsvTable.rows("plan.csv", new java.io.StringReader(out.toString()));
        assertThat(java.util.List.copyOf(rows.get(0).keySet()))
                .startsWith("platform", "handle", "deliverable", "price", "price_basis", "reason", "followers")
                .contains("est_impressions_p10", "est_conversions_p50", "est_revenue_p90");
        assertThat(rows).hasSize(items + 1); // the deliverables, then the TOTAL row
        var first = rows.get(0);
        assertThat(first.get("platform")).isEqualTo("instagram");
        assertThat(first.get("handle"))
                .isEqualTo(json.get("selections").get(0).get("handle").asText());
        assertThat(Long.parseLong(first.get("followers")))
                .isEqualTo(json.get("selections").get(0).get("followers").asLong());
        assertThat(Long.parseLong(first.get("est_impressions_p10")))
                .isLessThanOrEqualTo(Long.parseLong(first.get("est_impressions_p90")));
        var total = rows.get(items);
        assertThat(total.get("platform")).isEqualTo("TOTAL");
        assertThat(new java.math.BigDecimal(total.get("price")))
                .isEqualByComparingTo(json.at("/totals/cost").decimalValue());
        assertThat(Double.parseDouble(total.get("est_revenue_p50")))
                .isCloseTo(json.at("/totals/revenue/p50").asDouble(), org.assertj.core.api.Assertions.within(0.01));
        assertThat(run(new PlanCommand(catalog.backends()), "--brief", BRIEF, "--budget", "1500", "--csv"))
                .isZero();
        assertThat(out.toString()).startsWith("platform,handle,deliverable,").contains("\nTOTAL,");
        assertThat(run(new PlansCommand.Show(), "spring-launch")).isZero();
        assertThat(out.toString())
                .contains("budget $1,500", "objective sales", "rate card MicroScout defaults", "seed 1");
        assertThat(run(new PlansCommand.Show(), "no-such-plan")).isEqualTo(2);
    }

    @Test
    void compareShowsMicroMacroAndMixFromDiscovery() {
        assertThat(run(new CompareCommand(catalog.backends()), "--brief", BRIEF, "--budget", "1500"))
                .isZero();
        assertThat(out.toString())
                .contains(
                        "Candidates: discovery on the catalog", "micro creators only", "one macro creator", "best mix");
    }

    @Test
    void theExpectedValueObjectiveShowsEachLikelihoodAndExpectedValueInTextJsonAndCsv() throws Exception {
        JsonNode plan = planJson("--brief", BRIEF, "--budget", "1500", "--objective", "expected-revenue", "--json");
        assertThat(plan.get("brief").get("objective").asText()).isEqualTo("sales");
        assertThat(plan.get("assumptions").toString()).contains("maximises the expected objective");
        double sum = 0;
        for (JsonNode s : plan.get("selections")) {
            JsonNode a = s.get("acceptance");
            assertThat(a.get("estimate").asBoolean()).isTrue();
            double p = a.get("likelihood").asDouble();
            assertThat(p).isBetween(0.0, 1.0);
            assertThat(a.get("reasons").toString()).contains("offer vs", "values");
            double revenue = a.get("expected_value").get("revenue").asDouble();
            assertThat(revenue)
                    .isCloseTo(
                            p * s.at("/forecast/revenue/p50").asDouble(), org.assertj.core.api.Assertions.within(1e-6));
            sum += revenue;
        }
        assertThat(plan.at("/expected_value/revenue").asDouble())
                .isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-6));

        assertThat(run(new PlanCommand(catalog.backends()), "--brief", BRIEF, "--budget", "1500"))
                .isZero();
        assertThat(out.toString())
                .contains("will they say yes? an estimate:", "expected value: conversions ", ", revenue $");
        assertThat(run(new PlanCommand(catalog.backends()), "--brief", BRIEF, "--budget", "1500", "--csv"))
                .isZero();
        assertThat(out.toString().lines().findFirst().orElseThrow())
                .endsWith(",est_acceptance_likelihood,est_expected_conversions,est_expected_revenue");
        assertThat(run(
                        new PlanCommand(catalog.backends()),
                        "--brief",
                        BRIEF,
                        "--candidates-from-generated",
                        "50",
                        "--objective",
                        "expected-sales"))
                .isEqualTo(2);
    }
}
