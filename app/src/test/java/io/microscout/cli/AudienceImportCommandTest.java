package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.app.MicroScout;
import io.microscout.app.Settings;
import io.microscout.creator.CatalogBatch;
import io.microscout.creator.CreatorKey;
import io.microscout.store.StoreLocation;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --format followers|comments|media-kit}, and authenticity in {@code creator} and {@code creators}. */
class AudienceImportCommandTest {
    @TempDir
    Path home;

    private OneCreatorHome cli;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void catalogOfOne() {
        cli = new OneCreatorHome(home);
        out = cli.out;
        err = cli.err;
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private Path file(String name, String text) throws Exception {
        Path f = home.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aBadCellInAFollowerFileIsReportedByLineAndFieldAndNothingIsStored() throws Exception {
        Path f = file("followers.csv", "username,followers,following,posts\nmia,120,300,14\nleo,12a,80,3\n");

        assertThat(run("import", f.toString(), "--format", "followers", "--creator", "instagram:anna"))
                .isEqualTo(2);

        assertThat(err.toString()).contains("line 3").contains("field 'followers'");
        assertThat(out.toString()).contains("nothing stored");
        try (MicroScout app = MicroScout.open(StoreLocation.sqlite(home), Settings.defaults(), Clock.systemUTC())) {
            assertThat(app.audienceSamples().latest(CreatorKey.parse("instagram:anna")))
                    .isEmpty();
        }
    }

    @Test
    void aFollowerOfACreatorNotInTheCatalogNamesTheLineAndHandle() throws Exception {
        Path f = file(
                "followers.csv",
                "platform,handle,username,followers,following\n"
                        + "instagram,anna,mia,120,300\ninstagram,nobody,leo,80,90\n");

        assertThat(run("import", f.toString(), "--format", "followers")).isEqualTo(2);

        assertThat(err.toString()).contains("line 3: field 'handle': creator instagram:nobody is not in the catalog");
    }

    @Test
    void skipInvalidStoresTheValidRowsAndReimportingIsUnchanged() throws Exception {
        Path f = file("followers.csv", "username,followers,following,posts\nmia,120,300,14\nleo,12a,80,3\n");

        for (int time = 1; time <= 2; time++) { // the second import finds the same rows stored
            assertThat(run(
                            "import",
                            f.toString(),
                            "--format",
                            "followers",
                            "--creator",
                            "instagram:anna",
                            "--skip-invalid"))
                    .as("import %d", time)
                    .isZero();
        }

        assertThat(out.toString())
                .contains("follower samples of 1 creator(s) stored (1 profiles)")
                .contains("unchanged");
    }

    @Test
    void aMediaKitOfAForgottenCreatorIsSkippedWithAWarningUnlessAllowed() throws Exception {
        assertThat(run("forget", "instagram:anna")).isZero();
        Path kit = file("kit.csv", "creator,dimension,value,share\ninstagram:anna,country,DE,60%\n");
        err.getBuffer().setLength(0);

        assertThat(run("import", kit.toString(), "--format", "media-kit")).isZero();

        assertThat(err.toString())
                .contains("skipped: kit.csv: creator instagram:anna not imported: forgotten on request")
                .contains("--allow-forgotten imports them again");
        assertThat(out.toString()).contains("1 records read, 1 skipped; unchanged (0 report(s) already up to date)");

        assertThat(run("import", kit.toString(), "--format", "media-kit", "--allow-forgotten"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("error: kit.csv:line 2: field 'creator': creator instagram:anna is not");
    }

    @Test
    void followersAndCommentsOfAForgottenCreatorAreSkippedWithAWarningAndTheOthersStored() throws Exception {
        try (MicroScout app = MicroScout.open(StoreLocation.sqlite(home), Settings.defaults(), Clock.systemUTC())) {
            app.imports()
                    .store(new CatalogBatch(
                            "test",
                            List.of(CatalogCommandsTest.creator("instagram:bob", 8_000, "Runner")),
                            List.of(),
                            List.of()));
        }
        assertThat(run("forget", "instagram:anna")).isZero();
        Path followers = file(
                "followers.csv",
                "platform,handle,username,followers,following\n"
                        + "instagram,anna,mia,120,300\ninstagram,bob,leo,80,90\n");
        Path comments =
                file("comments.csv", "platform,handle,post_id,author,text\ninstagram,anna,p1,fan1,Where is this?\n");
        err.getBuffer().setLength(0);

        assertThat(run("import", followers.toString(), "--format", "followers")).isZero();
        assertThat(run("import", comments.toString(), "--format", "comments")).isZero();

        assertThat(err.toString())
                .contains("skipped: followers.csv: creator instagram:anna not imported: forgotten on request")
                .contains("skipped: comments.csv: creator instagram:anna not imported: forgotten on request")
                .contains("--allow-forgotten imports them again");
        try (MicroScout app = MicroScout.open(StoreLocation.sqlite(home), Settings.defaults(), Clock.systemUTC())) {
            assertThat(app.audienceSamples().latest(CreatorKey.parse("instagram:anna")))
                    .isEmpty();
            assertThat(app.postComments().of(CreatorKey.parse("instagram:anna")))
                    .isEmpty();
            assertThat(app.audienceSamples().latest(CreatorKey.parse("instagram:bob")))
                    .hasValueSatisfying(sample -> assertThat(sample.size()).isEqualTo(1));
        }

        assertThat(run("import", comments.toString(), "--format", "comments", "--allow-forgotten"))
                .as("allowed, the row is read again: the forgotten creator is no longer in the catalog")
                .isEqualTo(2);
        assertThat(err.toString()).contains("creator instagram:anna is not in the catalog");
    }

    @Test
    void creatorJsonShowsTheAuthenticityScoreWithExplainedComponents() throws Exception {
        importHalfGenericComments();

        assertThat(run("creator", "instagram:anna", "--json")).isZero();

        JsonNode a = new ObjectMapper().readTree(out.toString()).get("authenticity");
        assertThat(a.get("state").asText()).isIn("scored", "not enough data");
        assertThat(a.has("score")).isTrue();
        assertThat(a.get("confidence").asText()).isIn("low", "medium", "high");
        assertThat(a.get("components")).hasSize(6);
        JsonNode comment = a.get("components").get(5);
        assertThat(comment.get("name").asText()).isEqualTo("comment authenticity");
        assertThat(comment.get("value").asDouble()).isEqualTo(0.5);
        for (JsonNode c : a.get("components")) {
            assertThat(c.has("value") && c.has("benchmark") && c.has("weight") && c.has("reason"))
                    .isTrue();
        }
    }

    /** 20 comments (the least the component needs): 10 questions about the post, 10 "nice pic". */
    private Path halfGenericComments() throws Exception {
        StringBuilder csv = new StringBuilder("post_id,author,text\n");
        for (int i = 0; i < 10; i++) {
            csv.append("p")
                    .append(i)
                    .append(",fan")
                    .append(i)
                    .append(",How long did step ")
                    .append(i)
                    .append(" take?\n");
            csv.append("p").append(i).append(",bot").append(i).append(",nice pic\n");
        }
        return file("comments.csv", csv.toString());
    }

    @Test
    void creatorsListsTheStoredScoreAndFiltersOnIt() throws Exception {
        // half the comments generic: the comment signal is at 0 and caps the score at 50, so a bound above it exists
        importHalfGenericComments();
        assertThat(run("creators", "--json")).isZero();
        JsonNode listed = new ObjectMapper().readTree(out.toString()).get(0).get("authenticity");
        out.getBuffer().setLength(0);
        int score = listed.get("score").asInt();

        assertThat(run("creators", "--csv", "--min-authenticity", String.valueOf(score)))
                .isZero();
        assertThat(out.toString()).contains("instagram,anna,");
        out.getBuffer().setLength(0);
        assertThat(run("creators", "--csv", "--min-authenticity", String.valueOf(score + 1)))
                .isZero();
        assertThat(out.toString()).doesNotContain("instagram,anna,");
    }

    /** Imports {@link #halfGenericComments()} for anna and clears what it printed. */
    private void importHalfGenericComments() throws Exception {
        assertThat(run(
                        "import",
                        halfGenericComments().toString(),
                        "--format",
                        "comments",
                        "--creator",
                        "instagram:anna"))
                .isZero();
        out.getBuffer().setLength(0);
    }
}
