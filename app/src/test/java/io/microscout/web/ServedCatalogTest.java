package io.microscout.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests over real HTTP against one {@link ServerFixture} per test class, started before its tests, closed after. */
abstract class ServedCatalogTest {
    @TempDir
    static Path dir;

    static ServerFixture s;

    @BeforeAll
    static void start() throws Exception {
        s = new ServerFixture(dir);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return WebServer.JSON.readTree(r.body());
    }
}
