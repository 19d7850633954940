package io.microscout.importer;

import static io.microscout.importer.Reading.options;
import static io.microscout.importer.Reading.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.Creator;
import io.microscout.importer.formats.SourceReaders;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs a hostile or unlucky user gives (issue 11): each is a problem with a location, never stored as data. */
class HostileInputTest {
    @TempDir
    Path dir;

    private ImportRead csv(String content) throws IOException {
        return SourceReaders.forFormat("csv").read(write(dir, "f.csv", content), options(), AccountLookup.none());
    }

    private ImportRead json(String format, String content) throws IOException {
        return SourceReaders.forFormat(format).read(write(dir, "f.json", content), options(), AccountLookup.none());
    }

    @Test
    void aRowWithMoreOrFewerCellsThanTheHeaderIsLeftOut() throws IOException {
        ImportRead read =
                csv("platform,handle,followers\ninstagram,a,10\ninstagram,b\ninstagram,c,5,extra\ninstagram,d,7\n");

        assertThat(read.batch().creators()).extracting(Creator::handle).containsExactly("a", "d");
        assertThat(read.problems()).extracting(ImportProblem::location).containsExactly("line 3", "line 4");
        assertThat(read.problems().get(0).message()).contains("has 2 cells, the header has 3");
    }

    @Test
    void aFileCutInsideItsLastNumberDoesNotStoreTheCutValue() throws IOException {
        ImportRead read = csv("platform,handle,followers\ninstagram,a,3741\ninstagram,b,37");

        assertThat(read.batch().creators()).extracting(Creator::handle).containsExactly("a");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 3");
            assertThat(p.message()).contains("cut short");
        });
    }

    @Test
    void aDuplicatedHeaderColumnThatIsReadStopsTheFile() throws IOException {
        ImportRead read = csv("platform,handle,followers,Followers\ninstagram,a,10,20\n");

        assertThat(read.batch().isEmpty()).isTrue();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 1");
            assertThat(p.message()).contains("'followers' appears twice in the header (columns 3 and 4)");
        });
    }

    @Test
    void aRepeatedRowWithOtherValuesIsReportedAndAnExactRepeatIsDropped() throws IOException {
        ImportRead read = csv("platform,handle,followers\ninstagram,a,10\ninstagram,a,10\ninstagram,a,99\n");

        assertThat(read.batch().creators())
                .singleElement()
                .satisfies(c -> assertThat(c.followers()).isEqualTo(10));
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 4");
            assertThat(p.message()).contains("creator instagram:a is already in this file (line 2) with other values");
        });
    }

    @Test
    void repeatedPostsWithOtherCountsAreReported() throws IOException {
        ImportRead read = csv("platform,handle,post_id,published_at,likes\n"
                + "instagram,a,p1,2026-04-01,10\ninstagram,a,p1,2026-04-01,11\n");

        assertThat(read.batch().posts()).hasSize(1);
        assertThat(read.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("post p1 is already"));
    }

    @Test
    void textTooLongForTheCatalogIsAProblemNotACrash() throws IOException {
        String longHandle = "h".repeat(256);
        String longMail = "m".repeat(321);
        ImportRead read = csv("platform,handle,email,category\ninstagram," + longHandle + ",x@y.z,beauty\n"
                + "instagram,b," + longMail + ",beauty\ninstagram,c,,cat" + "c".repeat(300) + "\ninstagram,d,,ok\n");

        assertThat(read.batch().creators()).extracting(Creator::handle).containsExactly("d");
        assertThat(read.problems())
                .extracting(ImportProblem::location, ImportProblem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("line 2", "handle"),
                        org.assertj.core.groups.Tuple.tuple("line 3", "email"),
                        org.assertj.core.groups.Tuple.tuple("line 4", "category"));
        assertThat(read.problems().get(0).message()).contains("is 256 characters long; at most 255 fit");
    }

    @Test
    void countsOutOfRangeAndFractionsAreProblemsInCsv() throws IOException {
        ImportRead read = csv("platform,handle,followers\ninstagram,a,1e30\ninstagram,b,-4\ninstagram,c,3741.5\n"
                + "instagram,d,100000000001\ninstagram,e,3.3k\n");

        assertThat(read.batch().creators()).extracting(Creator::handle).containsExactly("e");
        assertThat(read.problems())
                .extracting(ImportProblem::message)
                .allSatisfy(m -> assertThat(m)
                        .containsAnyOf("is above 100,000,000,000", "is negative", "is not a whole number"));
    }

    @Test
    void aJsonCountOf1e30OrAFractionIsAProblemNotLongMaxValue() throws IOException {
        ImportRead read = json(
                "tiktok",
                "{\"data\":{\"user\":{\"username\":\"a\",\"follower_count\":1e30,"
                        + "\"following_count\":2.5}},\"error\":{\"code\":\"ok\"}}");

        assertThat(read.batch().creators()).isEmpty();
        assertThat(read.problems())
                .extracting(ImportProblem::location)
                .containsExactly("$.data.user.follower_count", "$.data.user.following_count");
        assertThat(read.problems().get(0).message()).contains("is above 100,000,000,000");
    }

    @Test
    void aBooleanWhereAHandleBelongsIsAProblem() throws IOException {
        ImportRead read = json(
                "tiktok",
                "{\"data\":{\"user\":{\"username\":false,\"follower_count\":10}},\"error\":{\"code\":\"ok\"}}");

        assertThat(read.batch().creators()).isEmpty();
        assertThat(read.problems()).first().satisfies(p -> {
            assertThat(p.location()).isEqualTo("$.data.user.username");
            assertThat(p.message()).isEqualTo("expected text, found a boolean false");
        });
    }

    @Test
    void aSecondJsonDocumentInOneFileIsAProblem() throws IOException {
        ImportRead read = json("youtube", "{\"items\":[]}\n{\"items\":[]}\n");

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 2, column 1");
            assertThat(p.message()).contains("more JSON follows the end of the response");
        });
    }

    @Test
    void aDuplicateJsonKeyIsAProblemAtItsPath() throws IOException {
        ImportRead read = json("youtube", "{\"items\":[{\"kind\":\"youtube#channel\",\"id\":\"a\",\"id\":\"b\"}]}");

        assertThat(read.batch().isEmpty()).isTrue();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 1, column 50, $.items[0].id");
            assertThat(p.message())
                    .isEqualTo("malformed JSON: the key 'id' appears twice in one object;"
                            + " which value holds cannot be told");
        });
    }

    @Test
    void jsonErrorsSpeakWithoutLibraryJargonAndDeepNestingHasALocation() throws IOException {
        ImportRead nan = json("youtube", "{\"items\":[{\"statistics\":{\"viewCount\":NaN}}]}");
        ImportRead deep = json("youtube", "{\"items\":" + "[".repeat(1200) + "]".repeat(1200) + "}");

        assertThat(nan.problems()).singleElement().satisfies(p -> {
            assertThat(p.message())
                    .isEqualTo(
                            "malformed JSON: NaN and Infinity are not JSON numbers; write null for an unknown value");
            assertThat(p.toString()).doesNotContain("JsonReadFeature", "REDACTED", "Source");
        });
        assertThat(deep.problems()).singleElement().satisfies(p -> {
            assertThat(p.location())
                    .startsWith("line 1, column ")
                    .contains("$.items[0][0]")
                    .contains("levels deep");
            assertThat(p.message()).contains("deeper than 1,000 levels");
        });
    }

    @Test
    void aUtf16CsvIsReadWithOrWithoutItsByteOrderMark() throws IOException {
        String text = "platform,handle,name,followers\ninstagram,a,Zoë,10\n";
        for (java.nio.charset.Charset cs : java.util.List.of(
                java.nio.charset.StandardCharsets.UTF_16,
                java.nio.charset.StandardCharsets.UTF_16LE,
                java.nio.charset.StandardCharsets.UTF_16BE)) {
            Path file = java.nio.file.Files.write(dir.resolve("u16.csv"), text.getBytes(cs));
            ImportRead read = SourceReaders.forFormat("csv").read(file, options(), AccountLookup.none());

            assertThat(read.problems()).as(cs.name()).isEmpty();
            assertThat(read.batch().creators())
                    .singleElement()
                    .satisfies(c -> assertThat(c.displayName()).isEqualTo("Zoë"));
        }
    }
}
