package io.microscout.importer.csv;

import static io.microscout.importer.Reading.IMPORTED_AT;
import static io.microscout.importer.Reading.fixture;
import static io.microscout.importer.Reading.options;
import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportRead;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSourceReaderTest {
    private final CsvSourceReader reader = new CsvSourceReader();

    @Test
    void creatorsFileGivesOneCreatorPerRowWithSpreadsheetValuesRead() throws IOException {
        ImportRead read = reader.read(fixture("csv/creators.csv"), options(), AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        assertThat(read.recordsRead()).isEqualTo(3);
        List<Creator> creators = read.batch().creators();
        Creator lena = creators.get(0);
        assertThat(lena.key()).isEqualTo(CreatorKey.of(Platform.INSTAGRAM, "lena.bakes"));
        assertThat(lena.displayName()).isEqualTo("Lena Bakes");
        assertThat(lena.biography()).isEqualTo("Sourdough, every day 🍞");
        assertThat(lena.followers()).isEqualTo(12_400L);
        assertThat(lena.following()).isEqualTo(310L);
        assertThat(lena.mediaCount()).isEqualTo(421L);
        assertThat(lena.countryCode()).isEqualTo("DE");
        assertThat(lena.languageCode()).isEqualTo("de");
        assertThat(lena.verified()).isFalse();
        assertThat(lena.contactEmail()).isEqualTo("lena@example.com");
        assertThat(lena.links()).containsExactly("https://lena.example", "https://shop.example");
        assertThat(lena.person()).isEqualTo("p-17");
        assertThat(lena.category()).isEqualTo("Food");
        assertThat(lena.observedAt()).isEqualTo(IMPORTED_AT);
        assertThat(creators.get(1).followers()).isEqualTo(45_210L);
        assertThat(creators.get(1).biography()).isNull();
        assertThat(creators.get(2).following()).as("nan is unknown, not 0").isNull();
    }

    @Test
    void eachCreatorWithAKnownFollowerCountIsAlsoASnapshotAtTheImportTime() throws IOException {
        ImportRead read = reader.read(fixture("csv/creators.csv"), options(), AccountLookup.none());

        assertThat(read.batch().snapshots()).hasSize(3);
        FollowerSnapshot tiktok = read.batch().snapshots().get(2);
        assertThat(tiktok.creator()).isEqualTo(CreatorKey.of(Platform.TIKTOK, "lena.bakes"));
        assertThat(tiktok.at()).isEqualTo(IMPORTED_AT);
        assertThat(tiktok.followers()).isEqualTo(1_200_000L);
    }

    @Test
    void postsFileIsToldApartByItsPostIdColumn() throws IOException {
        ImportRead read = reader.read(fixture("csv/posts.csv"), options(), AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        assertThat(read.batch().creators()).isEmpty();
        List<Post> posts = read.batch().posts();
        assertThat(posts).extracting(Post::platformPostId).containsExactly("p1", "p2", "p3");
        Post first = posts.get(0);
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));
        assertThat(first.format()).isEqualTo(PostFormat.PHOTO);
        assertThat(first.hashtags()).containsExactly("sourdough", "baking");
        assertThat(first.mentions()).containsExactly("millco");
        assertThat(first.likes()).isEqualTo(1_200L);
        assertThat(first.views()).isNull();
        assertThat(first.saves()).isEqualTo(12L);
        assertThat(first.sponsored()).isFalse();
        assertThat(posts.get(1).sponsored())
                .as("disclosed in the caption though the column says false")
                .isTrue();
        assertThat(posts.get(1).format()).isEqualTo(PostFormat.CAROUSEL);
        assertThat(posts.get(1).publishedAt()).isEqualTo(Instant.parse("2026-04-03T00:00:00Z"));
        assertThat(posts.get(2).format()).isEqualTo(PostFormat.SHORT_VIDEO);
        assertThat(posts.get(2).publishedAt()).isEqualTo(Instant.parse("2026-04-05T06:30:00Z"));
        assertThat(posts.get(2).views()).isEqualTo(25_000L);
    }

    @Test
    void snapshotsFileIsToldApartByItsSnapshotAtColumn() throws IOException {
        ImportRead read = reader.read(fixture("csv/snapshots.csv"), options(), AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        assertThat(read.batch().snapshots())
                .containsExactly(
                        new FollowerSnapshot(
                                CreatorKey.of(Platform.INSTAGRAM, "lena.bakes"),
                                Instant.parse("2026-03-01T00:00:00Z"),
                                11_900,
                                300L,
                                400L),
                        new FollowerSnapshot(
                                CreatorKey.of(Platform.INSTAGRAM, "lena.bakes"),
                                Instant.parse("2026-04-01T00:00:00Z"),
                                12_200,
                                305L,
                                415L));
    }

    @Test
    void streamingHandsTheRecordsOverInChunksAndKeepsTheProblems() throws IOException {
        List<Integer> chunkSizes = new java.util.ArrayList<>();

        ImportRead read = reader.read(
                fixture("csv/posts.csv"),
                options(),
                AccountLookup.none(),
                2,
                chunk -> chunkSizes.add(chunk.posts().size()));

        assertThat(chunkSizes).containsExactly(2, 1);
        assertThat(read.batch().isEmpty()).isTrue();
        assertThat(read.recordsRead()).isEqualTo(3);
    }
}
