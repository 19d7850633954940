package io.microscout.app;

import io.microscout.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contract run on each store: the app opened on {@link #location} at {@link AuthenticityFixtures#NOW} with the
 * catalog of {@link AuthenticityFixtures#twoCreators()}, closed after each test.
 */
abstract class TwoCreatorsContract {
    @TempDir
    Path home;

    MicroScout app;

    abstract StoreLocation location(Path home);

    @BeforeEach
    void open() {
        app = MicroScout.open(
                location(home), Settings.defaults(), Clock.fixed(AuthenticityFixtures.NOW, ZoneOffset.UTC));
        app.imports().store(AuthenticityFixtures.twoCreators());
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }
}
