package io.microscout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.embedding.HashingTextEmbedder;
import io.microscout.generator.CatalogFiles;
import io.microscout.generator.CatalogGenerator;
import io.microscout.generator.GeneratorSettings;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProgress;
import io.microscout.importer.formats.SourceReaders;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import io.microscout.store.index.JdbiIndexRebuilds;
import io.microscout.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: {@code index rebuild} into a SolrCloud collection, killed with SIGKILL after its first checkpoint,
 * resumes from that checkpoint when run again: it embeds only what the killed run had not indexed, then swaps the
 * alias to the completed collection, which holds every creator of the catalog (PostgreSQL) once. A real cluster
 * (two Solr nodes, embedded ZooKeeper, 2 shards x 2 replicas) and real CLI processes.
 */
class SolrRebuildResumeTest {
    private static final int CREATORS = 1_500; // the first checkpoint comes at 1,024 (SolrIndexing.CHECKPOINT_EVERY)
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aRebuildKilledAfterItsFirstCheckpointResumesFromItAndCompletesTheCollection() throws Exception {
        StoreLocation store = TestDatabases.postgres(dir.resolve("home"));
        importCatalog(store);
        try (SolrCloudProcess solr = SolrCloudProcess.start(dir.resolve("solr"), 2)) {
            String index = solr.index("creators");

            Process killed = cli(store, index, "killed");
            Optional<JdbiIndexRebuilds.Checkpoint> at = awaitCheckpoint(store, killed);
            killed.destroyForcibly().waitFor(60, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
            assertThat(at).as("the killed rebuild's checkpoint").isPresent();
            long indexedBeforeKill = at.get().indexed();
            assertThat(indexedBeforeKill).isBetween(1L, (long) CREATORS - 1);

            Process resumed = cli(store, index, "resumed");
            assertThat(resumed.waitFor(15, TimeUnit.MINUTES)).isTrue();
            String out = Files.readString(dir.resolve("resumed.out"), StandardCharsets.UTF_8);
            assertThat(resumed.exitValue())
                    .as("resumed rebuild, stderr: %s", Files.readString(dir.resolve("resumed.err")))
                    .isZero();

            Matcher m = Pattern.compile("indexed ([\\d,]+) creators .*embedded ([\\d,]+) texts")
                    .matcher(out);
            assertThat(m.find()).as("summary line in: %s", out).isTrue();
            assertThat(number(m.group(1)))
                    .as("creators indexed, with the killed run's")
                    .isEqualTo(CREATORS);
            assertThat(number(m.group(2)))
                    .as("texts the resumed run embedded: only what the killed one had not indexed")
                    .isLessThanOrEqualTo(CREATORS - indexedBeforeKill);

            JsonNode aliases = JSON.readTree(solr.get("admin/collections?action=LISTALIASES&wt=json"));
            assertThat(aliases.at("/aliases/creators").asText())
                    .isEqualTo(at.get().collection());
            JsonNode all = JSON.readTree(solr.get("creators/select?q=*:*&rows=0&wt=json"));
            assertThat(all.at("/response/numFound").asLong()).isEqualTo(CREATORS);
            assertThat(checkpoint(store))
                    .as("the finished rebuild leaves no checkpoint")
                    .isEmpty();
        }
    }

    private void importCatalog(StoreLocation store) throws Exception {
        Path generated = dir.resolve("generated");
        try (CatalogFiles files = new CatalogFiles(generated)) {
            new CatalogGenerator(GeneratorSettings.of(CREATORS, 5)
                            .withPosts(2)
                            .withFollowerSample(0)
                            .withCommentsPerPost(0))
                    .generate(files);
        }
        try (MicroScout app =
                MicroScout.open(store, Settings.defaults(), Clock.systemUTC(), new HashingTextEmbedder(64))) {
            app.imports()
                    .importFiles(
                            List.of(generated.resolve(CatalogFiles.CREATORS), generated.resolve(CatalogFiles.POSTS)),
                            SourceReaders.forFormat("csv"),
                            ImportOptions.defaults(),
                            ImportProgress.silent());
            assertThat(app.catalog().countCreators()).isEqualTo(CREATORS);
        }
    }

    /** {@code index rebuild} in a JVM of its own, on the PostgreSQL catalog, into the cluster. */
    private Process cli(StoreLocation store, String index, String name) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m",
                "-cp",
                System.getProperty("java.class.path"),
                "io.microscout.cli.Main",
                "index",
                "rebuild",
                "--home",
                store.home().toString(),
                "--db",
                store.jdbcUrl(),
                "--index",
                index));
        return new ProcessBuilder(cmd)
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
    }

    /** Waits for the rebuild's first checkpoint with creators indexed; the rebuild must still be running then. */
    private Optional<JdbiIndexRebuilds.Checkpoint> awaitCheckpoint(StoreLocation store, Process rebuild)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (System.nanoTime() < deadline) {
            Optional<JdbiIndexRebuilds.Checkpoint> at = checkpoint(store);
            if (at.isPresent() && at.get().indexed() > 0) {
                return at;
            }
            assertThat(rebuild.isAlive())
                    .as("the rebuild is still running; stderr: %s", Files.readString(dir.resolve("killed.err")))
                    .isTrue();
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    private static Optional<JdbiIndexRebuilds.Checkpoint> checkpoint(StoreLocation store) {
        try (CatalogStore s = CatalogStore.open(store)) {
            return new JdbiIndexRebuilds(s.jdbi()).find("creators");
        }
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}
