package io.microscout.importer.youtube;

import static io.microscout.importer.Reading.IMPORTED_AT;
import static io.microscout.importer.Reading.fixture;
import static io.microscout.importer.Reading.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.ImportRead;
import io.microscout.testing.SharedData;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YouTubeDataReaderTest {
    private static final String API = "api-fixtures/youtube-data-api-v3/";
    private static final CreatorKey GOOGLE_DEVELOPERS = CreatorKey.of(Platform.YOUTUBE, "googledevelopers");
    private static final CreatorKey PLAIN_BAKER = CreatorKey.of(Platform.YOUTUBE, "UCcccccccccccccccccccccc");
    private final YouTubeDataReader reader = new YouTubeDataReader();

    private static AccountLookup knowing(String id, CreatorKey key) {
        return (platform, platformId) ->
                platform == Platform.YOUTUBE && platformId.equals(id) ? Optional.of(key) : Optional.empty();
    }

    @Test
    void channelCountsArriveAsStringsAndTheHandleIsTheCustomUrl() throws IOException {
        ImportRead read =
                reader.read(SharedData.path(API + "channels/info_multiple.json"), options(), AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        assertThat(read.batch().creators()).extracting(Creator::handle).containsExactly("google", "googledevelopers");
        Creator google = read.batch().creators().get(0);
        assertThat(google.platformId()).isEqualTo("UCK8sQmJBp8GCxrOtXWBpyEA");
        assertThat(google.displayName()).isEqualTo("Google");
        assertThat(google.followers()).isEqualTo(10_700_000L);
        assertThat(google.totalViews()).isEqualTo(3_331_930_783L);
        assertThat(google.mediaCount()).isEqualTo(2_678L);
        assertThat(google.observedAt()).isEqualTo(IMPORTED_AT);
        assertThat(read.batch().snapshots()).hasSize(2);
    }

    @Test
    void aChannelWithoutStatisticsHasUnknownCountsAndNoSnapshot() throws IOException {
        ImportRead read = reader.read(SharedData.path(API + "channels/info.json"), options(), AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        Creator channel = read.batch().creators().get(0);
        assertThat(channel.key()).isEqualTo(GOOGLE_DEVELOPERS);
        assertThat(channel.countryCode()).isEqualTo("US");
        assertThat(channel.followers()).isNull();
        assertThat(read.batch().snapshots()).isEmpty();
    }

    @Test
    void aLegacyCustomUrlIsNotAHandleSoTheChannelIdIs() throws IOException {
        ImportRead read =
                reader.read(SharedData.path(API + "channel_info_multi.json"), options(), AccountLookup.none());

        assertThat(read.batch().creators()).extracting(Creator::handle).contains("uc_x5xg1ov2p6uzz5fsm9ttw");
    }

    @Test
    void aHiddenSubscriberCountIsUnknownNotZeroAndAWrongTypedCountIsAProblemAtItsPath() throws IOException {
        ImportRead read = reader.read(fixture("youtube/channels_hidden_and_bad.json"), options(), AccountLookup.none());

        assertThat(read.problems())
                .extracting(ImportProblem::location, ImportProblem::field)
                .containsExactly(tuple("$.items[1].statistics.subscriberCount", "subscriberCount"));
        assertThat(read.batch().creators())
                .extracting(Creator::handle)
                .containsExactly("quietbaker", "uccccccccccccccccccccccc");
        Creator quiet = read.batch().creators().get(0);
        assertThat(quiet.followers()).isNull();
        assertThat(quiet.totalViews()).isEqualTo(120_000L);
        assertThat(quiet.languageCode()).isEqualTo("de");
        assertThat(quiet.countryCode()).isEqualTo("DE");
        assertThat(read.batch().snapshots())
                .extracting(s -> s.creator().handle())
                .containsExactly("uccccccccccccccccccccccc");
    }

    @Test
    void videosFindTheirChannelFromTheSameImportAndGetFormatCountsAndSponsorship() throws IOException {
        ImportRead read = reader.read(
                fixture("youtube/videos_with_statistics.json"),
                options(),
                knowing("UCcccccccccccccccccccccc", PLAIN_BAKER));

        assertThat(read.problems())
                .extracting(ImportProblem::location)
                .containsExactly("$.items[2].statistics.viewCount", "$.items[3].snippet.channelId");
        assertThat(read.problems().get(1).message())
                .contains("UCzzzzzzzzzzzzzzzzzzzzzz")
                .contains("channels response");
        assertThat(read.batch().posts())
                .extracting(Post::platformPostId, Post::format, Post::sponsored)
                .containsExactly(tuple("vid1", PostFormat.SHORT_VIDEO, false), tuple("vid2", PostFormat.VIDEO, true));
        Post first = read.batch().posts().get(0);
        assertThat(first.creator()).isEqualTo(PLAIN_BAKER);
        assertThat(first.views()).isEqualTo(10_400L);
        assertThat(first.likes()).isEqualTo(820L);
        assertThat(first.comments()).isEqualTo(31L);
        assertThat(first.caption()).isEqualTo("Proofing in 50 seconds\n\nquick tip");
        assertThat(first.url()).isEqualTo("https://www.youtube.com/watch?v=vid1");
    }

    @Test
    void videosWithoutStatisticsHaveUnknownCountsAndUnresolvedChannelsAreReported() throws IOException {
        ImportRead read = reader.read(
                SharedData.path(API + "videos/videos_info_multi.json"),
                options(),
                knowing("UC_x5XG1OV2P6uZZ5FSM9Ttw", GOOGLE_DEVELOPERS));

        assertThat(read.recordsRead()).isEqualTo(2);
        assertThat(read.batch().posts()).singleElement().satisfies(video -> {
            assertThat(video.creator()).isEqualTo(GOOGLE_DEVELOPERS);
            assertThat(video.platformPostId()).isEqualTo("D-lhorsDlUQ");
            assertThat(video.publishedAt()).isEqualTo(Instant.parse("2019-03-21T20:37:49Z"));
            assertThat(video.format()).isEqualTo(PostFormat.VIDEO);
            assertThat(video.views()).isNull();
            assertThat(video.likes()).isNull();
        });
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("$.items[1].snippet.channelId");
            assertThat(p.message()).contains("UCJdl3Paao2f3ha5JXMYUCIA");
        });
    }

    @Test
    void anErrorResponseIsAClearProblem() throws IOException {
        ImportRead read =
                reader.read(SharedData.path(API + "error_permission_resp.json"), options(), AccountLookup.none());

        assertThat(read.batch().isEmpty()).isTrue();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("$.error.message");
            assertThat(p.message())
                    .contains("403")
                    .contains("PERMISSION_DENIED")
                    .contains("The caller does not have permission");
        });
    }

    @Test
    void otherResponsesAreNamedByTheirKind() throws IOException {
        ImportRead read =
                reader.read(SharedData.path(API + "search/search_channels.json"), options(), AccountLookup.none());

        assertThat(read.batch().isEmpty()).isTrue();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("$");
            assertThat(p.message()).contains("youtube#searchListResponse");
        });
    }
}
