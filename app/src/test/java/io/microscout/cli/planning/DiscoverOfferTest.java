package io.microscout.cli.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.cli.DiscoverCommand;
import io.microscout.cli.UserErrors;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code discover} with an offer (issue 13): each creator's likelihood of a yes (an estimate, with every signal's
 * reason) and the expected value, likelihood x fit score; {@code --objective expected-fit} ranks by it.
 */
class DiscoverOfferTest {
    private static final String BRIEF = "examples/brief-vegan-skincare.yaml"; // budget 10000, maxSharePerCreator 0.2

    @TempDir
    Path home;

    private SkincareCatalog catalog;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void storeTheCatalog() {
        catalog = new SkincareCatalog(home);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = new CommandLine(new DiscoverCommand(catalog.backends()));
        cl.setExecutionExceptionHandler(new UserErrors());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--home", home.toString()));
        return cl.execute(all.toArray(String[]::new));
    }

    private JsonNode results(String... args) throws Exception {
        assertThat(run(args)).as(err::toString).isZero();
        return new ObjectMapper().readTree(out.toString()).get("results");
    }

    private static Map<String, Double> likelihoods(JsonNode results) {
        Map<String, Double> out = new HashMap<>();
        results.forEach(r ->
                out.put(r.get("handle").asText(), r.at("/acceptance/likelihood").asDouble()));
        return out;
    }

    @Test
    void anOfferGivesEachCreatorALikelihoodWithReasonsAndTheExpectedFit() throws Exception {
        JsonNode results = results("--brief", BRIEF, "--offer-price", "400", "--json", "--top", "5");

        assertThat(results).hasSize(5).allSatisfy(r -> {
            JsonNode a = r.get("acceptance");
            assertThat(a.get("estimate").asBoolean()).isTrue();
            assertThat(a.get("likelihood").asDouble()).isBetween(0.0, 1.0);
            assertThat(a.get("basis").asText()).contains("no recorded outcomes");
            assertThat(a.at("/offer/price").asDouble()).isEqualTo(400);
            assertThat(a.at("/offer/deliverable").asText()).isEqualTo("instagram-post");
            assertThat(a.get("reasons").toString()).contains("offer_vs_rate", "offer $400.00 against an estimated");
            JsonNode ev = r.get("expectedValue");
            assertThat(ev.get("value").asText()).isEqualTo("fit score");
            assertThat(ev.get("expected").asDouble())
                    .isCloseTo(a.get("likelihood").asDouble() * r.get("score").asDouble(), within(0.002));
        });
    }

    @Test
    void aHigherOfferIsLikelierAcceptedAndTheBriefsBudgetPerCreatorIsTheDefaultOffer() throws Exception {
        Map<String, Double> low = likelihoods(results("--brief", BRIEF, "--offer-price", "50", "--json"));
        Map<String, Double> high = likelihoods(results("--brief", BRIEF, "--offer-price", "2000", "--json"));
        JsonNode fromBrief = results("--brief", BRIEF, "--json");

        assertThat(low).isNotEmpty();
        low.forEach((handle, p) -> assertThat(high.get(handle)).as(handle).isGreaterThan(p));
        assertThat(fromBrief.get(0).at("/acceptance/offer/price").asDouble()).isEqualTo(2000);
        assertThat(fromBrief.get(0).at("/acceptance/offer/basis").asText())
                .isEqualTo("the brief's budget x planning.maxSharePerCreator");
        assertThat(likelihoods(fromBrief)).isEqualTo(high);
    }

    @Test
    void theExpectedFitObjectiveRanksByLikelihoodTimesFit() throws Exception {
        JsonNode results = results(
                "--brief", BRIEF, "--offer-price", "300", "--objective", "expected-fit", "--json", "--top", "4");

        List<Double> expected = new ArrayList<>();
        results.forEach(r -> expected.add(r.at("/expectedValue/expected").asDouble()));
        assertThat(expected).hasSize(4).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theTableShowsTheLikelihoodTheExpectedFitAndEachReasonNeverMinusZero() {
        assertThat(run("--brief", BRIEF, "--offer-price", "400", "--top", "3")).isZero();

        assertThat(out.toString())
                .contains("will they say yes to Instagram post at $400.00 (--offer-price)? an estimate: ")
                .contains("; expected fit 0.")
                .contains("offer vs estimated rate ")
                .contains("values clash +0.00: no value clash found")
                .doesNotContain("-0.00");
    }

    @Test
    void withoutAnOfferTheExpectedObjectiveIsRefusedAndTheTableSaysHowToGetOne() {
        String lean = "brand: X\nproduct: vegan skincare serum\nniches: [beauty]\n";
        Path brief = home.resolve("lean.yaml");
        try {
            java.nio.file.Files.writeString(brief, lean);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(run("--brief", brief.toString(), "--objective", "expected-fit"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--objective expected-fit needs an offer");
        assertThat(run("--brief", brief.toString())).isZero();
        assertThat(out.toString()).contains("Will they say yes? give --offer-price AMOUNT");
    }
}
