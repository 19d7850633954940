package io.microscout.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.metrics.MetricsWindow;
import io.microscout.store.StoreLocation;
import io.microscout.tier.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path home;

    @Test
    void withoutOptionsOrFileTheDefaultsApply() {
        Settings s = Settings.load(home, null, null);
        assertThat(s.tierScheme().name()).isEqualTo("microscout");
        assertThat(s.metricsWindow()).isEqualTo(MetricsWindow.defaults());
    }

    @Test
    void theHomesSettingsFileIsReadAndOptionsOverrideIt() throws IOException {
        Files.writeString(home.resolve("settings.yaml"), "tierScheme: industry\nmetricsWindow: 90days\n");

        assertThat(Settings.load(home, null, null).tierScheme().name()).isEqualTo("industry");
        assertThat(Settings.load(home, null, null).metricsWindow()).isEqualTo(MetricsWindow.lastDays(90));
        assertThat(Settings.load(home, "tides", "12posts").tierScheme().name()).isEqualTo("tides");
        assertThat(Settings.load(home, "tides", "12posts").metricsWindow()).isEqualTo(MetricsWindow.lastPosts(12));
    }

    @Test
    void aTierSchemeFileDefinesItsOwnBrackets() throws IOException {
        Files.writeString(home.resolve("tiers.yaml"), "name: agency\nstarts: {nano: 0, micro: 10000, mid: 80000}\n");

        var scheme = Settings.load(home, "tiers.yaml", null).tierScheme();

        assertThat(scheme.name()).isEqualTo("agency");
        assertThat(scheme.tierOf(9_999L)).isEqualTo(Tier.NANO);
        assertThat(scheme.tierOf(79_999L)).isEqualTo(Tier.MICRO);
        assertThat(scheme.tierOf(5_000_000L)).isEqualTo(Tier.MID);
    }

    @Test
    void anUnknownSchemeNameSaysWhichAreKnown() {
        assertThatThrownBy(() -> Settings.load(home, "huge", null)).hasMessageContaining("industry");
    }

    @Test
    void aPostgresUrlSelectsPostgresOtherwiseSqliteUnderTheHome() {
        StoreLocation pg = StoreLocation.resolve(null, home, Map.of("MICROSCOUT_DB", "jdbc:postgresql://db:5432/ms"));
        StoreLocation h2 = StoreLocation.resolve(null, null, Map.of("MICROSCOUT_HOME", home.toString()));
        StoreLocation option = StoreLocation.resolve(
                "jdbc:postgresql://x/y", home, Map.of("MICROSCOUT_DB", "jdbc:postgresql://db/ms"));

        assertThat(pg.isEmbedded()).isFalse();
        assertThat(h2.isEmbedded()).isTrue();
        assertThat(h2.jdbcUrl())
                .isEqualTo("jdbc:sqlite:"
                        + home.toAbsolutePath().normalize().resolve("db").resolve("catalog.sqlite"));
        assertThat(option.jdbcUrl()).isEqualTo("jdbc:postgresql://x/y");
        assertThatThrownBy(() -> StoreLocation.resolve("jdbc:mysql://x/y", home, Map.of()))
                .hasMessageContaining("jdbc:postgresql://");
    }
}
