package io.microscout.brieffile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.brief.AgeBand;
import io.microscout.brief.Brief;
import io.microscout.brief.Gender;
import io.microscout.brief.Goal;
import io.microscout.creator.Platform;
import io.microscout.tier.Tier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BriefFilesTest {

    @Test
    void theShippedExampleBriefReadsCompletely() throws Exception {
        Brief b = BriefFiles.read(Path.of("examples/brief-vegan-skincare.yaml"));
        assertThat(b.brand()).isEqualTo("Verdant Skin");
        assertThat(b.product()).contains("vitamin C serum");
        assertThat(b.niches()).containsExactly("beauty", "wellness");
        assertThat(b.platforms()).containsExactlyInAnyOrder(Platform.INSTAGRAM, Platform.TIKTOK);
        assertThat(b.tiers()).containsExactly(Tier.MICRO);
        assertThat(b.audience().countries()).containsExactlyInAnyOrder("US", "GB");
        assertThat(b.audience().ages()).containsExactly(new AgeBand(18, 24), new AgeBand(25, 34));
        assertThat(b.audience().genders()).containsExactly(Gender.FEMALE);
        assertThat(b.values()).containsExactly("vegan", "cruelty-free", "sustainable");
        assertThat(b.avoid().competitors()).containsExactly("The Ordinary", "Glossier");
        assertThat(b.avoid().topics()).contains("alcohol");
        assertThat(b.goal()).isEqualTo(Goal.SALES);
        assertThat(b.budget()).isEqualTo(10_000);
        assertThat(b.filters().minFollowers()).isEqualTo(5_000);
        assertThat(b.filters().minAuthenticity()).isEqualTo(60);
        assertThat(b.filters().exclude()).containsExactly("instagram:verdantskin");
        assertThat(b.weights().byComponent()).containsEntry(io.microscout.brief.FitComponent.VALUES, 0.15);
        assertThat(b.planning().maxSharePerCreator()).isEqualTo(0.2);
    }

    @Test
    void aBriefAcceptsTheCountryAndLanguageNamesImportsAccept() {
        Brief b = BriefFiles.parse(
                "brief.yaml",
                "product: serum\naudience: {countries: [Czech Republic, Türkiye, DEU],"
                        + " languages: [en-US, iw]}\nfilters: {countries: [Côte d'Ivoire], languages: [German]}\n");
        assertThat(b.audience().countries()).containsExactlyInAnyOrder("CZ", "TR", "DE");
        assertThat(b.audience().languages()).containsExactlyInAnyOrder("en", "he");
        assertThat(b.filters().countries()).containsExactly("CI");
        assertThat(b.filters().languages()).containsExactly("de");
        assertThat(b.audience().languages())
                .as("iw is Hebrew's old code: it matches creators imported as he")
                .contains(io.microscout.creator.LanguageNames.code("he"));
    }

    @Test
    void aBadAgeBandNamesTheFileTheKeyAndTheIndex() {
        assertThatThrownBy(() -> BriefFiles.parse("brief.yaml", "product: serum\naudience:\n  ages: [18-24, 18-2x]\n"))
                .hasMessageStartingWith("brief.yaml: audience.ages[1]: \"18-2x\" is not an age band");
    }

    @Test
    void anUnknownKeyIsAnErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> BriefFiles.parse("brief.yaml", "product: serum\naudiance: {countries: [US]}\n"))
                .hasMessageStartingWith("brief.yaml: audiance: unknown key; expected one of brand, product");
        assertThatThrownBy(() -> BriefFiles.parse("brief.yaml", "product: serum\nfilters: {followers: {minimum: 3}}\n"))
                .hasMessageStartingWith("brief.yaml: filters.followers.minimum: unknown key; expected one of min, max");
    }

    @Test
    void badValuesNameTheirKey() {
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "product: x\naudience: {countries: [Narnia]}"))
                .hasMessage(
                        "b.yaml: audience.countries[0]: \"Narnia\" is not a country (expected an ISO code such as US, GB)");
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "product: x\ntiers: [micro, jumbo]"))
                .hasMessageStartingWith("b.yaml: tiers[1]: unknown tier 'jumbo'");
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "product: x\ngoal: fame"))
                .hasMessageStartingWith("b.yaml: goal: \"fame\" is not a goal");
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "product: x\nfilters: {minAuthenticity: 120}"))
                .hasMessage("b.yaml: filters.minAuthenticity: 120 is out of range (0 to 100)");
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "product: x\nbudget: lots"))
                .hasMessage("b.yaml: budget: \"lots\" is not a number");
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "product: x\nniches: [cooking]"))
                .hasMessageStartingWith("b.yaml: niches[0]: \"cooking\" is not a niche");
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "product: x\navoid: {topics: [alchohol]}"))
                .hasMessageStartingWith("b.yaml: avoid.topics[0]: \"alchohol\" is not a brand-safety topic");
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "product: x\nweights: {fame: 1}"))
                .hasMessageStartingWith("b.yaml: weights.fame: unknown key");
    }

    @Test
    void aBriefNeedsSomethingToMatch() {
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "brand: X"))
                .hasMessageContaining("needs at least one of product, keywords or niches");
    }

    @Test
    void jsonBriefsReadTheSameKeysAndDefaultsApply() {
        Brief b = BriefFiles.parse(
                "b.json",
                "{\"product\": \"serum\", \"values\": [\"eco\", \"LGBTQ+\"],"
                        + " \"audience\": {\"languages\": [\"English\"]}, \"planning\": {\"ctr\": \"1.5%\"}}");
        assertThat(b.tiers()).containsExactly(Tier.MICRO);
        assertThat(b.values()).containsExactly("sustainable", "lgbtq");
        assertThat(b.audience().languages()).containsExactly("en");
        assertThat(b.planning().ctr()).isEqualTo(0.015);
    }

    @Test
    void malformedYamlNamesTheLine() {
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "product: x\naudience: [unclosed\n"))
                .hasMessageStartingWith("b.yaml: line ");
    }
}
