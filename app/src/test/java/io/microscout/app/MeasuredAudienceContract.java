package io.microscout.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.microscout.audience.AudienceKind;
import io.microscout.brief.AgeBand;
import io.microscout.brief.Gender;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.AudienceProfile;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.audience.DemographicsImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measured audiences (Instagram insights demographics, media kits) stored with the catalog and read back by
 * discovery and the forecast instead of the estimate; run on SQLite and PostgreSQL.
 */
abstract class MeasuredAudienceContract extends TwoCreatorsContract {
    static final CreatorKey CLEAN = AudienceImportFixtures.CLEAN;

    private List<DemographicsImport.Outcome> kit(String name, String csv) throws Exception {
        return kit(name, csv, ImportOptions.defaults());
    }

    private List<DemographicsImport.Outcome> kit(String name, String csv, ImportOptions options) throws Exception {
        Path file = Files.writeString(home.resolve(name), csv);
        return app.demographicsImport().mediaKits(List.of(file), options, null);
    }

    @Test
    void aMediaKitReplacesTheEstimateAndSaysWhereItComesFrom() throws Exception {
        assertThat(app.measuredAudience(CLEAN)).isNull();

        List<DemographicsImport.Outcome> outcome = kit("kit.csv", AudienceImportFixtures.GERMAN_KIT);

        assertThat(outcome.get(0).problems()).isEmpty();
        AudienceProfile measured = app.measuredAudience(CLEAN);
        assertThat(measured.estimated()).isFalse();
        assertThat(measured.basis()).contains("media kit (kit.csv)").contains("followers");
        assertThat(measured.data().countries().get("DE")).isCloseTo(0.62, within(1e-9));
        assertThat(measured.data().countries().get("AT")).isCloseTo(0.18, within(1e-9));
        assertThat(measured.data().ages().get(AgeBand.parse("25-34"))).isCloseTo(0.45, within(1e-9));
        assertThat(measured.data().genders().get(Gender.FEMALE)).isCloseTo(0.70, within(1e-9));
        assertThat(app.measuredAudience(AudienceImportFixtures.BOUGHT)).isNull();
    }

    @Test
    void theSameKitAgainChangesNothing() throws Exception {
        kit("kit.csv", AudienceImportFixtures.GERMAN_KIT);
        List<DemographicsImport.Outcome> again = kit("kit.csv", AudienceImportFixtures.GERMAN_KIT);

        assertThat(again.get(0).stored()).isTrue();
        assertThat(again.get(0).reportsStored()).isZero();
        assertThat(again.get(0).creatorsChanged()).isZero();
        assertThat(again.get(0).reportsUnchanged()).isEqualTo(1);
    }

    @Test
    void aForgottenCreatorIsLeftOutWithTheImportsWarningAndTheOthersAreStored() throws Exception {
        app.personalData().forget(CLEAN);

        List<DemographicsImport.Outcome> outcome = kit("two.csv", GERMAN_AND_BOUGHT);

        assertThat(outcome.get(0).stored()).isTrue();
        assertThat(outcome.get(0).problems())
                .singleElement()
                .asString()
                .contains("creator " + CLEAN + " not imported: forgotten on request")
                .contains("--allow-forgotten");
        assertThat(outcome.get(0).reportsStored()).isEqualTo(1);
        assertThat(app.measuredAudience(AudienceImportFixtures.BOUGHT)).isNotNull();
        assertThat(app.audienceReports().latest(CLEAN, AudienceKind.FOLLOWERS)).isEmpty();
    }

    @Test
    void allowForgottenStoresTheMeasuredAudienceOfACreatorImportedAgain() throws Exception {
        app.personalData().forget(CLEAN);
        app.imports().store(AuthenticityFixtures.twoCreators()); // back in the catalog, as --allow-forgotten does

        assertThat(kit("kit.csv", AudienceImportFixtures.GERMAN_KIT).get(0).problems())
                .singleElement()
                .asString()
                .contains("forgotten on request");
        assertThat(app.measuredAudience(CLEAN)).isNull();

        List<DemographicsImport.Outcome> allowed = kit(
                "kit.csv",
                AudienceImportFixtures.GERMAN_KIT,
                ImportOptions.defaults().withAllowForgotten(true));

        assertThat(allowed.get(0).problems()).isEmpty();
        assertThat(allowed.get(0).reportsStored()).isEqualTo(1);
        assertThat(app.measuredAudience(CLEAN).data().countries().get("DE")).isCloseTo(0.62, within(1e-9));
    }

    private static final String GERMAN_AND_BOUGHT =
            AudienceImportFixtures.GERMAN_KIT + "instagram:bought,country,US,100%\n";

    @Test
    void aKitWithBadCellsStoresNothingAndNamesEachLineAndColumn() throws Exception {
        kit("good.csv", AudienceImportFixtures.GERMAN_KIT);

        List<DemographicsImport.Outcome> bad = kit(
                "bad.csv",
                "creator,dimension,value,share\n"
                        + "instagram:clean,country,DE,lots\n"
                        + "instagram:clean,country,Atlantis,10%\n"
                        + "instagram:clean,age,12-14,10%\n"
                        + "instagram:nobody,country,FR,50%\n");

        assertThat(bad.get(0).stored()).isFalse();
        assertThat(bad.get(0).problems())
                .extracting(ImportProblem::location, ImportProblem::field)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("line 2", "share"),
                        org.assertj.core.groups.Tuple.tuple("line 3", "country"),
                        org.assertj.core.groups.Tuple.tuple("line 4", "age"),
                        org.assertj.core.groups.Tuple.tuple("line 5", "creator"));
        assertThat(app.measuredAudience(CLEAN).data().countries().get("DE")).isCloseTo(0.62, within(1e-9));
    }

    @Test
    void sharesOfOneDimensionAboveAHundredPercentAreRefused() throws Exception {
        List<DemographicsImport.Outcome> bad = kit(
                "over.csv",
                "creator,dimension,value,share\n"
                        + "instagram:clean,country,DE,70\n"
                        + "instagram:clean,country,AT,50\n");

        assertThat(bad.get(0).stored()).isFalse();
        assertThat(bad.get(0).problems().get(0).message()).contains("add up to 120%");
    }

    @Test
    void insightsResponsesPerBreakdownMakeOneAudienceAndTheEngagedOneIsPreferred() throws Exception {
        Path countries = Files.writeString(
                home.resolve("countries.json"),
                AudienceImportFixtures.insights(
                        "follower_demographics", "[\"country\"]", "DE=600", "AT=300", "CH=100"));
        Path ages = Files.writeString(
                home.resolve("ages.json"),
                AudienceImportFixtures.insights(
                        "follower_demographics",
                        "[\"age\",\"gender\"]",
                        "18-24,F=300",
                        "18-24,M=100",
                        "25-34,F=500",
                        "25-34,U=100"));

        assertThat(app.demographicsImport().insights(List.of(countries, ages), ImportOptions.defaults(), CLEAN))
                .flatExtracting(DemographicsImport.Outcome::problems)
                .isEmpty();

        AudienceProfile followers = app.measuredAudience(CLEAN);
        assertThat(followers.data().countries().get("DE")).isCloseTo(0.6, within(1e-9));
        assertThat(followers.data().ages().get(AgeBand.parse("18-24"))).isCloseTo(0.4, within(1e-9));
        assertThat(followers.data().genders().get(Gender.FEMALE)).isCloseTo(0.8, within(1e-9));
        assertThat(followers.basis()).contains("Instagram insights (ages.json)");

        Path engaged = Files.writeString(
                home.resolve("engaged.json"),
                AudienceImportFixtures.insights("engaged_audience_demographics", "[\"country\"]", "DE=90", "US=10"));
        app.demographicsImport().insights(List.of(engaged), ImportOptions.defaults(), CLEAN);

        assertThat(app.measuredAudience(CLEAN).data().countries().get("DE")).isCloseTo(0.9, within(1e-9));
        assertThat(app.measuredAudience(CLEAN).basis()).contains("engaged audience");
        assertThat(app.audienceReports()
                        .latest(CLEAN, AudienceKind.FOLLOWERS)
                        .orElseThrow()
                        .shares()
                        .countries())
                .containsKey("CH");
    }
}
