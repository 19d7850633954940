package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The launcher's start-up cache is only as good as its training run: a step that fails (a renamed option, a
 * command that no longer accepts the training's brief) would leave its classes out of the cache without a word.
 */
class StartupTrainingTest {

    @Test
    void everyStepOfTheTrainingRunSucceedsAndSaysNothingOnItsLog() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int code = StartupTraining.train(new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(log.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isZero();
    }
}
