package io.microscout.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.authenticity.StoredAuthenticity;
import io.microscout.catalog.CatalogEntry;
import io.microscout.creator.CreatorFilter;
import io.microscout.creator.CreatorKey;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.audience.AudienceImport;
import io.microscout.store.StoreLocation;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Authenticity stored with the catalog and filtered in SQL; run on H2 and on PostgreSQL. */
abstract class CatalogAuthenticityContract extends TwoCreatorsContract {
    static final CreatorKey CLEAN = CreatorKey.parse("instagram:clean");
    static final CreatorKey BOUGHT = CreatorKey.parse("instagram:bought");

    private List<AudienceImport.Outcome> importSamples() throws Exception {
        return app.audienceImport()
                .followers(
                        List.of(
                                AuthenticityFixtures.sample(home, "clean", 2),
                                AuthenticityFixtures.sample(home, "bought", 30)),
                        ImportOptions.defaults(),
                        null);
    }

    @Test
    void aCreatorWithABoughtFollowerSampleScoresLowerThanACleanOneAfterImport() throws Exception {
        Map<CreatorKey, StoredAuthenticity> before = app.authenticityRecords().of(List.of(CLEAN, BOUGHT));
        assertThat(before.get(CLEAN).score()).isEqualTo(before.get(BOUGHT).score());

        importSamples();

        Map<CreatorKey, StoredAuthenticity> after = app.authenticityRecords().of(List.of(CLEAN, BOUGHT));
        assertThat(after.get(BOUGHT).score()).isLessThan(after.get(CLEAN).score());
        assertThat(after.get(BOUGHT).score()).isLessThan(before.get(BOUGHT).score());
    }

    @Test
    void theAccountModelIsReadOnlyWhenAFollowerIsClassified() throws Exception {
        StoreLocation same = app.location(); // a new process on the same catalog (location() may make a fresh one)
        app.close();
        app = MicroScout.open(same, Settings.defaults(), Clock.fixed(AuthenticityFixtures.NOW, ZoneOffset.UTC));
        app.catalog().find(new CreatorFilter(null, null, null, null, null, null, null, null, null, 0, 0));
        app.authenticityRecords().of(List.of(CLEAN, BOUGHT));
        assertThat(app.accountModelLoaded()).as("a read").isFalse();

        importSamples();

        assertThat(app.accountModelLoaded()).as("after a follower import").isTrue();
    }

    @Test
    void minAuthenticityFiltersOnTheStoredScore() throws Exception {
        importSamples();
        Map<CreatorKey, StoredAuthenticity> stored = app.authenticityRecords().of(List.of(CLEAN, BOUGHT));
        double between = (stored.get(CLEAN).score() + stored.get(BOUGHT).score()) / 2.0;

        List<CatalogEntry> found =
                app.catalog().find(new CreatorFilter(null, null, null, null, null, null, null, null, between, 0, 0));

        assertThat(found).extracting(e -> e.creator().key()).containsExactly(CLEAN);
    }

    @Test
    void reimportingTheSameSamplesChangesNothing() throws Exception {
        importSamples();
        StoredAuthenticity first = app.authenticityRecords().of(List.of(BOUGHT)).get(BOUGHT);

        List<AudienceImport.Outcome> again = importSamples();

        assertThat(again).allSatisfy(o -> {
            assertThat(o.creatorsChanged()).isZero();
            assertThat(o.creatorsUnchanged()).isEqualTo(1);
        });
        assertThat(app.audienceSamples().latest(BOUGHT).orElseThrow().size()).isEqualTo(60);
        assertThat(app.authenticityRecords().of(List.of(BOUGHT)).get(BOUGHT)).isEqualTo(first);
    }
}
