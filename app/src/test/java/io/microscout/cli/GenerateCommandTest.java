package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @Test
    void generateWritesTheSixFilesWithTheRequestedPostsPerCreator(@TempDir Path out) throws IOException {
        assertThat(Main.run(
                        "generate",
                        "--creators",
                        "7",
                        "--seed",
                        "3",
                        "--posts-per-creator",
                        "4",
                        "--out",
                        out.toString()))
                .isZero();
        assertThat(out.resolve("creators.csv")).exists();
        assertThat(Files.readAllLines(out.resolve("posts.csv"))).hasSize(1 + 7 * 4);
        for (String f : new String[] {"snapshots.csv", "followers-sample.csv", "comments.csv", "ground-truth.csv"}) {
            assertThat(out.resolve(f)).exists();
        }
    }

    @Test
    void aFraudShareOutsideZeroToOneIsAUserError(@TempDir Path out) {
        assertThat(Main.run("generate", "--creators", "5", "--fraud-share", "1.5", "--out", out.toString()))
                .isEqualTo(2);
    }
}
