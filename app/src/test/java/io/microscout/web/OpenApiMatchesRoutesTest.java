package io.microscout.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document holds every API handler Javalin has, each with a documented response schema. */
class OpenApiMatchesRoutesTest extends ServedCatalogTest {
    @Test
    void everyApiHandlerIsDocumentedWithAResponseSchema() throws Exception {
        JsonNode doc =
                WebServer.JSON.readTree(s.get("/api/openapi.json", s.alice).body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> missing = new ArrayList<>();
        for (String h : s.server.handlers()) {
            String method = h.substring(0, h.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = h.substring(h.indexOf(' ') + 1);
            if (!path.startsWith("/api/") || path.equals("/api/openapi.json") || path.equals("/api/docs")) {
                continue;
            }
            JsonNode op = doc.path("paths").path(path).path(method);
            JsonNode schema = op.path("responses").path("2XX").path("content");
            if (op.isMissingNode()
                    || !schema.elements().hasNext()
                    || schema.elements().next().path("schema").isMissingNode()) {
                missing.add(h);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(doc.get("paths").size()).isGreaterThan(15);
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        var page = s.get("/api/docs", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js");
        assertThat(s.get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js", null)
                        .statusCode())
                .isEqualTo(200);
    }
}
