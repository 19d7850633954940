package io.microscout.importer.instagram;

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
import io.microscout.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstagramGraphReaderTest {
    private static final String DISCOVERY = "api-fixtures/instagram-graph-api/discovery/";
    private static final CreatorKey FACEBOOK_FOR_DEVELOPERS =
            CreatorKey.of(Platform.INSTAGRAM, "facebookfordevelopers");
    private static final CreatorKey LENA = CreatorKey.of(Platform.INSTAGRAM, "lena.bakes");
    private final InstagramGraphReader reader = new InstagramGraphReader();

    private static AccountLookup knowing(String id, CreatorKey key) {
        return (platform, platformId) ->
                platform == Platform.INSTAGRAM && platformId.equals(id) ? Optional.of(key) : Optional.empty();
    }

    @Test
    void businessDiscoveryProfileIsACreatorAndASnapshotAtTheImportTime() throws IOException {
        ImportRead read = reader.read(SharedData.path(DISCOVERY + "user_fields.json"), options(), AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        Creator creator = read.batch().creators().get(0);
        assertThat(creator.key()).isEqualTo(FACEBOOK_FOR_DEVELOPERS);
        assertThat(creator.platformId()).isEqualTo("17841407673135339");
        assertThat(creator.displayName()).isEqualTo("Facebook for Developers");
        assertThat(creator.biography()).startsWith("Follow us for updates on Facebook’s business tools");
        assertThat(creator.followers()).isEqualTo(64_976L);
        assertThat(creator.following()).as("not asked for: unknown").isNull();
        assertThat(creator.mediaCount()).isEqualTo(436L);
        assertThat(creator.hasProfilePicture()).isTrue();
        assertThat(read.batch().snapshots())
                .containsExactly(new FollowerSnapshot(FACEBOOK_FOR_DEVELOPERS, IMPORTED_AT, 64_976, null, 436L));
    }

    @Test
    void mediaPagesFindTheirAccountByTheBusinessAccountId() throws IOException {
        AccountLookup accounts = knowing("17841407673135339", FACEBOOK_FOR_DEVELOPERS);

        ImportRead page1 = reader.read(SharedData.path(DISCOVERY + "medias_p1.json"), options(), accounts);
        ImportRead page2 = reader.read(SharedData.path(DISCOVERY + "medias_p2.json"), options(), accounts);

        assertThat(page1.problems()).isEmpty();
        assertThat(page2.problems()).isEmpty();
        assertThat(page1.batch().posts()).hasSize(2);
        assertThat(page2.batch().posts()).isNotEmpty();
        Post first = page1.batch().posts().get(0);
        assertThat(first.creator()).isEqualTo(FACEBOOK_FOR_DEVELOPERS);
        assertThat(first.platformPostId()).isEqualTo("17885103395504675");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2021-08-17T19:00:42Z"));
        assertThat(first.format()).isEqualTo(PostFormat.PHOTO);
        assertThat(first.likes()).isEqualTo(87L);
        assertThat(first.comments()).isEqualTo(11L);
        assertThat(first.views()).isNull();
        assertThat(first.url()).isEqualTo("https://www.instagram.com/p/CSr71Gzlqo4/");
        assertThat(page1.batch().creators()).isEmpty();
    }

    @Test
    void aMediaPageOfAnUnknownAccountIsAProblemNamingTheIdPath() throws IOException {
        Path file = SharedData.path(DISCOVERY + "medias_p1.json");

        ImportRead read = reader.read(file, options(), AccountLookup.none());

        assertThat(read.batch().posts()).isEmpty();
        assertThat(read.recordsRead()).isEqualTo(2);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("$.business_discovery.id");
            assertThat(p.message()).contains("17841407673135339").contains("profile");
        });
    }

    @Test
    void aCombinedResponseGivesTheProfileAndItsMediaWithFormatsAndCaptionSignals() throws IOException {
        ImportRead read = reader.read(fixture("instagram/combined.json"), options(), AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        assertThat(read.recordsRead()).isEqualTo(4);
        Creator lena = read.batch().creators().get(0);
        assertThat(lena.key()).isEqualTo(LENA);
        assertThat(lena.following()).isEqualTo(310L);
        assertThat(lena.links()).containsExactly("https://lena.example");
        assertThat(read.batch().posts())
                .extracting(Post::format)
                .containsExactly(PostFormat.PHOTO, PostFormat.SHORT_VIDEO, PostFormat.CAROUSEL);
        Post first = read.batch().posts().get(0);
        assertThat(first.hashtags()).containsExactly("sourdough");
        assertThat(first.mentions()).containsExactly("millco");
        assertThat(read.batch().posts()).extracting(Post::sponsored).containsExactly(false, true, false);
    }

    @Test
    void wrongTypedFieldsAreReportedByPathAndTheValidMediaAreStillRead() throws IOException {
        ImportRead read = reader.read(fixture("instagram/bad_media.json"), options(), knowing("1001", LENA));

        assertThat(read.problems())
                .extracting(ImportProblem::location, ImportProblem::field)
                .containsExactly(
                        tuple("$.business_discovery.media.data[0].like_count", "like_count"),
                        tuple("$.business_discovery.media.data[1].media_type", "media_type"),
                        tuple("$.business_discovery.media.data[2].timestamp", "timestamp"));
        assertThat(read.problems().get(0).message())
                .contains("expected a whole number")
                .contains("\"lots\"");
        assertThat(read.batch().posts()).extracting(Post::platformPostId).containsExactly("m4");
    }

    @Test
    void malformedJsonIsAProblemAtItsLineAndColumn() throws IOException {
        ImportRead read = reader.read(fixture("instagram/truncated.json"), options(), AccountLookup.none());

        assertThat(read.batch().isEmpty()).isTrue();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).matches("line \\d+, column \\d+, \\$[.\\w\\[\\]]*");
            assertThat(p.message()).startsWith("malformed JSON");
        });
    }

    @Test
    void anErrorResponseIsReportedWithTheApisMessage() throws IOException {
        ImportRead read = reader.read(fixture("instagram/error.json"), options(), AccountLookup.none());

        assertThat(read.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .contains("Invalid OAuth access token.")
                        .contains("OAuthException")
                        .contains("190"));
    }

    @Test
    void aPlainUserIsReadLikeABusinessDiscoveryProfile() throws IOException {
        ImportRead read = reader.read(
                SharedData.path("api-fixtures/instagram-graph-api/users/user_fields.json"),
                options(),
                AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        assertThat(read.batch().creators()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(FACEBOOK_FOR_DEVELOPERS);
            assertThat(c.followers()).isEqualTo(64_363L);
        });
    }

    @Test
    void aPlainMediaListIsReadWhereItsItemsNameTheirOwnerAndReportedWhereNot() throws IOException {
        ImportRead owned =
                reader.read(fixture("instagram/plain_media_with_owner.json"), options(), AccountLookup.none());
        assertThat(owned.batch().posts()).singleElement().satisfies(p -> {
            assertThat(p.creator()).isEqualTo(LENA);
            assertThat(p.format()).isEqualTo(PostFormat.STORY);
        });
        assertThat(owned.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("1 of 2 media name no account"));

        ImportRead unowned = reader.read(
                SharedData.path("api-fixtures/instagram-graph-api/users/medias_p1.json"),
                options(),
                AccountLookup.none());
        assertThat(unowned.batch().posts()).isEmpty();
        assertThat(unowned.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("username"));
    }
}
