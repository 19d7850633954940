package io.microscout.importer.tiktok;

import static io.microscout.importer.Reading.IMPORTED_AT;
import static io.microscout.importer.Reading.fixture;
import static io.microscout.importer.Reading.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.ImportRead;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TikTokReaderTest {
    private static final CreatorKey LENA = CreatorKey.of(Platform.TIKTOK, "lena.bakes");
    private final TikTokReader reader = new TikTokReader();

    @Test
    void userInfoIsACreatorWithLifetimeLikesAndASnapshot() throws IOException {
        ImportRead read = reader.read(fixture("tiktok/user_info.json"), options(), AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        Creator lena = read.batch().creators().get(0);
        assertThat(lena.key()).isEqualTo(LENA);
        assertThat(lena.platformId()).isEqualTo("723f24d7-e717-40f8-a2b6-cb8464cd23b4");
        assertThat(lena.displayName()).isEqualTo("Lena Bakes");
        assertThat(lena.biography()).isEqualTo("Sourdough every day. Berlin.");
        assertThat(lena.verified()).isFalse();
        assertThat(lena.followers()).isEqualTo(48_210L);
        assertThat(lena.following()).isEqualTo(188L);
        assertThat(lena.totalLikes()).isEqualTo(1_532_004L);
        assertThat(lena.mediaCount()).isEqualTo(214L);
        assertThat(lena.hasProfilePicture()).isTrue();
        assertThat(read.batch().snapshots())
                .containsExactly(new FollowerSnapshot(LENA, IMPORTED_AT, 48_210, 188L, 214L));
    }

    @Test
    void videosBelongToTheHandleOfTheirShareUrlAndAreShortVideos() throws IOException {
        ImportRead read = reader.read(fixture("tiktok/video_list.json"), options(), AccountLookup.none());

        assertThat(read.recordsRead()).isEqualTo(4);
        assertThat(read.batch().posts())
                .extracting(Post::platformPostId, Post::sponsored)
                .containsExactly(tuple("7340000000000000001", false), tuple("7340000000000000002", true));
        Post first = read.batch().posts().get(0);
        assertThat(first.creator()).isEqualTo(LENA);
        assertThat(first.format()).isEqualTo(PostFormat.SHORT_VIDEO);
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));
        assertThat(first.caption()).isEqualTo("That crumb though #sourdough #bread with @millco");
        assertThat(first.hashtags()).containsExactly("sourdough", "bread");
        assertThat(first.views()).isEqualTo(120_400L);
        assertThat(first.likes()).isEqualTo(9_800L);
        assertThat(first.comments()).isEqualTo(140L);
        assertThat(first.shares()).isEqualTo(310L);
        assertThat(read.problems())
                .extracting(ImportProblem::location, ImportProblem::field)
                .containsExactly(
                        tuple("$.data.videos[2].create_time", "create_time"),
                        tuple("$.data.videos[3].share_url", "share_url"));
    }

    @Test
    void anErrorResponseIsReportedWithTikToksCodeAndLogId() throws IOException {
        ImportRead read = reader.read(fixture("tiktok/error_token.json"), options(), AccountLookup.none());

        assertThat(read.batch().isEmpty()).isTrue();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("$.error.code");
            assertThat(p.message())
                    .contains("access_token_invalid")
                    .contains("The access token is invalid")
                    .contains("20260501120002A1B2C3D4E5F6");
        });
    }

    @Test
    void wrongTypedUserFieldsAreEachReportedByPath() throws IOException {
        ImportRead read = reader.read(fixture("tiktok/user_wrong_types.json"), options(), AccountLookup.none());

        assertThat(read.batch().creators()).isEmpty();
        assertThat(read.problems())
                .extracting(ImportProblem::location)
                .containsExactly("$.data.user.is_verified", "$.data.user.follower_count");
    }

    @Test
    void theHandleIsReadFromALink() {
        assertThat(TikTokLinks.handle("https://www.tiktok.com/@lena.bakes/video/1?x=y"))
                .isEqualTo("lena.bakes");
        assertThat(TikTokLinks.handle("https://www.tiktok.com/@lena_b?lang=en")).isEqualTo("lena_b");
        assertThat(TikTokLinks.handle("https://vm.tiktok.com/ZMabc123/")).isNull();
        assertThat(TikTokLinks.handle(null)).isNull();
    }
}
