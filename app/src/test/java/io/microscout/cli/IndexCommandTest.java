package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real path, MiniLM included: CLI import indexes the creators, index rebuild, discover on the Lucene index. */
class IndexCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path home;

    private int run(String... args) {
        return Main.commandLine(out, err).execute(args);
    }

    @Test
    void importIndexesWithMiniLmAndDiscoverFindsTheCreatorOfTheBriefsTopic() throws Exception {
        Path csv = Files.writeString(home.resolve("creators.csv"), """
                platform,handle,name,bio,followers,country,language
                instagram,veggiekitchen,Veggie Kitchen,Plant-based recipes and easy vegan cooking for busy weeknights,12000,US,en
                instagram,trailrunner,Trail Runner,Ultra running and mountain trail races,15000,US,en
                instagram,pixelplays,Pixel Plays,Retro video games and speedrun streams,9000,US,en
                """);
        Path brief = Files.writeString(
                home.resolve("brief.yaml"),
                "product: a vegan recipe box delivered weekly\nkeywords: [vegan recipes]\nniches: [food]\n");

        assertThat(run("import", "--home", home.toString(), csv.toString(), "--format", "csv"))
                .isZero();
        assertThat(out.toString())
                .contains("search index: indexed 3 creator updates")
                .contains("embedded 3 texts at");
        out.getBuffer().setLength(0);
        assertThat(run("index", "rebuild", "--home", home.toString())).isZero();
        assertThat(out.toString()) // the import stored the vectors: same model, same texts
                .contains("indexed 3 creators in")
                .contains("embedded 0 texts; reused 3 stored vectors");
        out.getBuffer().setLength(0);

        assertThat(run("discover", "--home", home.toString(), "--brief", brief.toString(), "--json"))
                .isZero();
        assertThat(out.toString()).contains("\"handle\" : \"veggiekitchen\"").doesNotContain("trailrunner");
        assertThat(err.toString()).doesNotContain("warning");
    }

    @Test
    void aMinimumAuthenticityWithoutStoredScoresIsWarnedAboutNotSilentlyEmpty() throws Exception {
        Path csv = Files.writeString(
                home.resolve("creators.csv"),
                "platform,handle,bio,followers\ninstagram,veggiekitchen,Vegan recipes,12000\n");
        Path brief = Files.writeString(
                home.resolve("brief.yaml"), "product: vegan recipes\nfilters: {minAuthenticity: 60}\n");
        assertThat(run("import", "--home", home.toString(), "--no-index", csv.toString(), "--format", "csv"))
                .isZero();
        assertThat(out.toString())
                .contains(
                        "search index not updated (--no-index): the next command that opens it (discover, plan, serve)"
                                + " indexes the changed creators, or run ./microscout index rebuild");

        assertThat(run("discover", "--home", home.toString(), "--brief", brief.toString()))
                .isZero();

        assertThat(err.toString())
                .contains(
                        "search index is empty: building it from the catalog (1 creators)",
                        "warning: no authenticity scores in the catalog: filters.minAuthenticity 60.0 excludes every creator");
    }
}
