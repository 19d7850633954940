package io.microscout.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.brief.BriefException;
import io.microscout.brieffile.BriefFiles;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.Creator;
import io.microscout.creator.Post;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.CountRange;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.ImportRead;
import io.microscout.importer.formats.SourceReaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of every importer and of the brief reader (issue 11): thousands of mutated versions of
 * valid files per run, seeded so a failure replays. For each, the reader either reports problems (each naming
 * the file, a line or JSON path, in plain words) or gives records that fit the catalog; it never throws. The
 * store side (a rejected file leaves the catalog unchanged) is {@link RejectedFileFuzzTest}.
 */
class ImportFuzzTest {
    static final int TRIES = 1500;
    private static Path dir;
    private static final AtomicLong accepted = new AtomicLong();
    private static final AtomicLong rejected = new AtomicLong();
    private static final AtomicLong briefsRead = new AtomicLong();
    private static final AtomicLong briefsRefused = new AtomicLong();

    record Seed(String format, String name, String text) {}

    @BeforeAll
    static void tempDir() throws IOException {
        dir = Files.createTempDirectory("microscout-fuzz");
    }

    @AfterAll
    static void report() throws IOException {
        System.out.println("import fuzz: " + (accepted.get() + rejected.get()) + " mutated inputs, " + rejected.get()
                + " rejected with problems, " + accepted.get() + " read without problems; brief fuzz: "
                + (briefsRead.get() + briefsRefused.get()) + " mutated briefs, " + briefsRefused.get() + " refused, "
                + briefsRead.get() + " read");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    static List<Seed> seeds() {
        return List.of(
                new Seed("csv", "creators.csv", fixture("csv/creators.csv")),
                new Seed("csv", "posts.csv", fixture("csv/posts.csv")),
                new Seed("csv", "snapshots.csv", fixture("csv/snapshots.csv")),
                new Seed("instagram-graph", "combined.json", fixture("instagram/combined.json")),
                new Seed("youtube", "channels.json", fixture("youtube/channels_hidden_and_bad.json")),
                new Seed("youtube", "videos.json", fixture("youtube/videos_with_statistics.json")),
                new Seed("tiktok", "user.json", fixture("tiktok/user_info.json")),
                new Seed("tiktok", "videos.json", fixture("tiktok/video_list.json")));
    }

    @Test
    void aMutatedImportFileIsEitherReportedWithALocationOrReadIntoValidRecords() throws Exception {
        List<Seed> seeds = seeds();
        Mutations.forEachCase(20261201L, TRIES, (random, i) -> {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            importCase(seed, Mutations.edits(random));
        });
    }

    private static void importCase(Seed seed, List<Mutations.Edit> edits) throws IOException {
        Path file = Files.write(
                dir.resolve(seed.name()), Mutations.apply(seed.text(), edits).getBytes(StandardCharsets.UTF_8));
        ImportOptions options =
                new ImportOptions(Map.of(), StandardCharsets.UTF_8, null, false, Instant.parse("2026-05-01T12:00:00Z"));

        ImportRead read = SourceReaders.forFormat(seed.format()).read(file, options, AccountLookup.none());

        if (read.problems().isEmpty()) {
            accepted.incrementAndGet();
        } else {
            rejected.incrementAndGet();
        }
        for (ImportProblem p : read.problems()) {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.location()).as(seed.name() + " " + edits + ": " + p).isNotBlank();
            assertThat(p.message())
                    .as(p.toString())
                    .isNotBlank()
                    .doesNotContain("Exception", "JsonReadFeature", "REDACTED", "com.fasterxml", "(code ");
        }
        fitsTheCatalog(read.batch());
    }

    @Test
    void aMutatedBriefIsEitherReadOrAPlainErrorNamingTheFile() throws Exception {
        Mutations.forEachCase(20261202L, TRIES, (random, i) -> briefCase(Mutations.edits(random)));
    }

    private static void briefCase(List<Mutations.Edit> edits) {
        String text = Mutations.apply(fixtureFile(Path.of("examples/brief-vegan-skincare.yaml")), edits);
        try {
            BriefFiles.parse("brief.yaml", text);
            briefsRead.incrementAndGet();
        } catch (BriefException e) {
            briefsRefused.incrementAndGet();
            assertThat(e.getMessage())
                    .startsWith("brief.yaml: ")
                    .doesNotContain("Exception", "JsonReadFeature", "REDACTED", "com.fasterxml", "(code ");
        }
    }

    /** What a reader accepted is storable: keys and ids fit their columns, counts are in range. */
    static void fitsTheCatalog(CatalogBatch batch) {
        for (Creator c : batch.creators()) {
            assertThat(c.handle()).isNotBlank().hasSizeLessThanOrEqualTo(255);
            for (Long n : new Long[] {c.followers(), c.following(), c.mediaCount()}) {
                assertThat(n == null || n >= 0 && n <= CountRange.MAX)
                        .as(c + ": " + n)
                        .isTrue();
            }
            for (Long n : new Long[] {c.totalViews(), c.totalLikes()}) {
                assertThat(n == null || n >= 0 && n <= CountRange.MAX_LIFETIME)
                        .as(c + ": " + n)
                        .isTrue();
            }
            assertThat(c.contactEmail() == null || c.contactEmail().length() <= 320)
                    .isTrue();
        }
        for (Post p : batch.posts()) {
            assertThat(p.platformPostId()).hasSizeLessThanOrEqualTo(255);
            for (Long n : new Long[] {p.likes(), p.comments(), p.views(), p.shares(), p.saves()}) {
                assertThat(n == null || n >= 0 && n <= CountRange.MAX)
                        .as(p.platformPostId() + ": " + n)
                        .isTrue();
            }
        }
    }

    static String fixture(String relative) {
        try {
            return fixtureFile(Path.of(
                    ImportFuzzTest.class.getResource("/fixtures/" + relative).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fixtureFile(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
