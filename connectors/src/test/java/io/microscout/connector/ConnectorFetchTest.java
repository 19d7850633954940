package io.microscout.connector;

import io.microscout.creator.Platform;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fetch test: a fresh {@link ConnectorFixture} per test with the platform's credential set, closed after. */
abstract class ConnectorFetchTest {
    private final Platform platform;
    private final String account;

    @TempDir
    Path home;

    ConnectorFixture f;

    /** {@code account}: the platform account the credential names (Instagram's business account), or null. */
    ConnectorFetchTest(Platform platform, String account) {
        this.platform = platform;
        this.account = account;
    }

    @BeforeEach
    void start() {
        f = new ConnectorFixture(home);
        f.credential(platform, account);
    }

    @AfterEach
    void stop() {
        f.close();
    }
}
