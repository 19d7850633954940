package io.microscout.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.microscout.app.MicroScout;
import io.microscout.app.Settings;
import io.microscout.embedding.LazyTextEmbedder;
import io.microscout.generator.CatalogFiles;
import io.microscout.generator.CatalogGenerator;
import io.microscout.generator.GeneratorSettings;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProgress;
import io.microscout.importer.formats.SourceReaders;
import io.microscout.store.StoreLocation;
import io.microscout.store.workspace.JdbiAccounts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One home shared by a running server (this JVM: a real {@link WebServer} over a SQLite home) and CLI commands
 * run as separate processes ({@code java io.microscout.cli.Main ...}, as a user would run {@code ./microscout}).
 * GENERATED catalog (smoke-test data), MiniLM in every process (the index holds one kind of vector).
 */
class SharedHomeTest {
    private static final String BRIEF = "brand: Test Brand\nproduct: vegan skincare serum\n"
            + "keywords: [skincare, serum]\nniches: [beauty]\ntiers: [nano, micro, mid, macro, mega]\n"
            + "budget: 5000\ngoal: sales\n";

    @TempDir
    static Path dir;

    private static Path home;
    private static MicroScout app;
    private static WebServer server;
    private static ServerClient client;
    private static Path brief;

    @BeforeAll
    static void serve() throws Exception {
        Path generated = dir.resolve("generated");
        home = dir.resolve("home");
        try (CatalogFiles files = new CatalogFiles(generated)) {
            new CatalogGenerator(GeneratorSettings.of(40, 7)
                            .withPosts(5)
                            .withFollowerSample(0)
                            .withCommentsPerPost(0))
                    .generate(files);
        }
        app = MicroScout.open(
                StoreLocation.sqlite(home), Settings.defaults(), Clock.systemUTC(), LazyTextEmbedder.configured());
        app.imports()
                .importFiles(
                        List.of(generated.resolve(CatalogFiles.CREATORS), generated.resolve(CatalogFiles.POSTS)),
                        SourceReaders.forFormat("csv"),
                        ImportOptions.defaults(),
                        ImportProgress.silent());
        ServeCommand.firstOwner(app, new PrintWriter(new StringWriter()), "owner@shared.test", ServerFixture.PASSWORD);
        server = WebServer.start(app, new WebServer.Options("127.0.0.1", 0, false));
        client = new ServerClient(server.url());
        client.signIn("owner@shared.test", ServerFixture.PASSWORD);
        brief = Files.writeString(dir.resolve("brief.yaml"), BRIEF);
        assertThat(client.discover(BRIEF).get("results").size()).isPositive(); // the server searched once
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void twoReadCommandsRunAtOnceBesideTheServer() throws Exception {
        Cli discover = Cli.start(dir, "discover", "--brief", brief.toString(), "--top", "5", "--json");
        Cli another = Cli.start(dir, "discover", "--brief", brief.toString(), "--top", "3", "--json");
        Cli list = Cli.start(dir, "creators", "--limit", "5", "--json");

        for (Cli c : List.of(discover, another, list)) {
            c.assertSucceeded();
        }
        assertThat(discover.stdout()).contains("\"results\"");
        assertThat(list.stdout()).contains("\"handle\"");
    }

    @Test
    void aCliImportIsAnsweredByTheRunningServerAtOnce() throws Exception {
        Path file = Files.writeString(
                dir.resolve("new-creator.csv"),
                "platform,handle,name,bio,followers,country,language\n"
                        + "instagram,zymurgy.zoe,Zoe,\"zymurgy and kombucha brewing at home\",12000,US,en\n");

        Cli.start(dir, "import", file.toString(), "--format", "csv").assertSucceeded();

        assertThat(client.get("/api/creators/instagram:zymurgy.zoe").statusCode())
                .isEqualTo(200);
        JsonNode found = client.discover("brand: Brew\nproduct: home brewing kit\nkeywords: [zymurgy]\n"
                + "tiers: [nano, micro, mid, macro, mega]\nbudget: 1000\ngoal: sales\n");
        assertThat(found.get("results").findValuesAsText("handle")).contains("zymurgy.zoe");
    }

    @Test
    void readsGoOnWhileAnotherProcessWritesAndAWriterWaitsForTheIndexLock() throws Exception {
        try (Connection sqlite = DriverManager.getConnection(
                        "jdbc:sqlite:" + home.resolve("db").resolve("catalog.sqlite"));
                Statement st = sqlite.createStatement()) {
            st.execute("PRAGMA busy_timeout = 60000");
            st.execute("BEGIN IMMEDIATE"); // this process holds the store's write lock, as an import does
            IndexWriter writer = new IndexWriter(FSDirectory.open(home.resolve("index")), new IndexWriterConfig());
            Cli importing;
            try {
                Cli discover = Cli.start(dir, "discover", "--brief", brief.toString(), "--top", "5", "--json");
                Cli show = Cli.start(dir, "creators", "--limit", "3");
                discover.assertSucceeded();
                show.assertSucceeded();

                st.execute("ROLLBACK");
                Path file = Files.writeString(
                        dir.resolve("waiting.csv"),
                        "platform,handle,name,bio,followers\ninstagram,waiting.walt,Walt,patience,5000\n");
                importing = Cli.start(dir, "import", file.toString(), "--format", "csv");
                importing.awaitStderr("waiting for the search index", 240);
            } finally {
                writer.close();
            }
            importing.assertSucceeded();
        }
        assertThat(client.get("/api/creators/instagram:waiting.walt").statusCode())
                .isEqualTo(200);
    }

    /** A CLI command in its own JVM on the shared home. */
    private record Cli(Process process, Path out, Path err, String name) {
        private static int runs;

        static synchronized Cli start(Path dir, String... args) throws Exception {
            int n = ++runs;
            Path out = dir.resolve("cli-" + n + ".out");
            Path err = dir.resolve("cli-" + n + ".err");
            List<String> cmd = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx512m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "io.microscout.cli.Main"));
            cmd.addAll(List.of(args));
            cmd.addAll(List.of("--home", home.toString()));
            Process p = new ProcessBuilder(cmd)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            return new Cli(p, out, err, String.join(" ", args));
        }

        void assertSucceeded() throws Exception {
            assertThat(process.waitFor(300, TimeUnit.SECONDS))
                    .as("%s finished", name)
                    .isTrue();
            assertThat(process.exitValue())
                    .as("exit code of '%s', stderr: %s", name, stderr())
                    .isZero();
            assertThat(stderr()).doesNotContainIgnoringCase("locked");
        }

        void awaitStderr(String text, int seconds) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!stderr().contains(text)) {
                assertThat(process.isAlive())
                        .as("'%s' still running while waiting for '%s'; stderr: %s", name, text, stderr())
                        .isTrue();
                assertThat(System.nanoTime()).as("'%s' said '%s'", name, text).isLessThan(deadline);
                Thread.sleep(200);
            }
        }

        String stdout() throws Exception {
            return Files.readString(out, StandardCharsets.UTF_8);
        }

        String stderr() throws Exception {
            return Files.readString(err, StandardCharsets.UTF_8);
        }
    }

    /** Signed in by a personal API token over real HTTP. */
    private static final class ServerClient {
        private final String url;
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        private String token;
        private long workspace;

        ServerClient(String url) {
            this.url = url;
        }

        void signIn(String email, String password) throws Exception {
            var r = send(
                    "POST",
                    "/api/tokens/password",
                    "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"t\"}");
            token = WebServer.JSON.readTree(r.body()).get("token").asText();
            JdbiAccounts accounts = new JdbiAccounts(app.store().jdbi());
            workspace = accounts.memberships(accounts.user(email).orElseThrow().id())
                    .get(0)
                    .workspace()
                    .id();
        }

        JsonNode discover(String briefText) throws Exception {
            var r = send(
                    "POST",
                    "/api/workspaces/" + workspace + "/discover",
                    WebServer.JSON.writeValueAsString(java.util.Map.of("brief", briefText, "top", 50)));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return WebServer.JSON.readTree(r.body());
        }

        java.net.http.HttpResponse<String> get(String path) throws Exception {
            return send("GET", path, null);
        }

        private java.net.http.HttpResponse<String> send(String method, String path, String json) throws Exception {
            var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + path));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            b.header("Content-Type", "application/json");
            b.method(
                    method,
                    json == null
                            ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(json));
            return http.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }
}
