package io.microscout.cli;

import io.microscout.generator.CatalogFiles;
import io.microscout.generator.CatalogGenerator;
import io.microscout.generator.GeneratorSettings;
import io.microscout.store.StoreLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microscout generate}: writes a synthetic catalog as CSV files, deterministic per seed. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generate a realistic synthetic catalog (creators, posts, follower snapshots, a follower "
                    + "sample, comments and the ground truth of planted fraud) as CSV files. The same seed gives the "
                    + "same bytes. Columns: docs/csv-format.md and docs/generator.md."
        })
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--creators", required = true, description = "Accounts to generate.")
    int creators;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", description = "Output folder (default: <home>/generated/seed-S).")
    Path out;

    @Option(names = "--home", description = "MicroScout's home folder (default: $MICROSCOUT_HOME or ~/.microscout).")
    Path home;

    @Option(
            names = "--posts-per-creator",
            defaultValue = "30",
            description = "Posts per account (default: ${DEFAULT-VALUE}).")
    int posts;

    @Option(
            names = "--follower-sample",
            defaultValue = "200",
            description = "Follower profiles sampled per account (default: ${DEFAULT-VALUE}; 0 for none).")
    int followerSample;

    @Option(
            names = "--comments-per-post",
            defaultValue = "3",
            description = "Comments per post (default: ${DEFAULT-VALUE}).")
    int comments;

    @Option(
            names = "--fraud-share",
            defaultValue = "0.18",
            description = "Share of accounts with planted fraud, 0..1 (default: ${DEFAULT-VALUE}).")
    double fraudShare;

    @Override
    public Integer call() throws Exception {
        GeneratorSettings settings = GeneratorSettings.of(creators, seed)
                .withPosts(posts)
                .withFollowerSample(followerSample)
                .withCommentsPerPost(comments)
                .withFraudShare(fraudShare);
        Path dir = out != null
                ? out
                : StoreLocation.resolve(null, home).home().resolve("generated").resolve("seed-" + seed);
        long started = System.nanoTime();
        long postsWritten;
        try (CatalogFiles files = new CatalogFiles(dir)) {
            new CatalogGenerator(settings).generate(files);
            postsWritten = files.postsWritten();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "generated %,d creators and %,d posts (seed %d) in %.1f s into %s%n",
                creators, postsWritten, seed, seconds, dir.toAbsolutePath());
        return 0;
    }
}
