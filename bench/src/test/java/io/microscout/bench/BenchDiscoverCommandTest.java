package io.microscout.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchDiscoverCommandTest {

    @Test
    void aSmallRunPrintsLatencyRecallAndSaysThePostgresBaselineWasSkipped() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run(
                    "bench",
                    "discover",
                    "--creators",
                    "1500",
                    "--queries",
                    "40",
                    "--warmup",
                    "5",
                    "--embedding-sample",
                    "0",
                    "--candidates",
                    "20");
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);

        assertThat(exit).isZero();
        assertThat(out)
                .contains("GENERATED stand-ins for model embeddings")
                .containsPattern("Lucene \\(BM25 \\+ HNSW kNN.*p50 .* ms, p95 .* ms, p99 .* ms")
                .containsPattern("vector recall@20 vs exact: (1\\.0000|0\\.9[5-9]\\d\\d)")
                .contains("PostgreSQL baseline skipped: no --baseline-db given");
    }

    @Test
    void nonPositiveCreatorsIsAUserError() {
        assertThat(Main.run("bench", "discover", "--creators", "0")).isEqualTo(2);
    }
}
