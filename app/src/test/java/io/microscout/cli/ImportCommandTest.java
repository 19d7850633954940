package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.importer.LineReader;
import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The import command's contract with the user, over a tiny line format (the real readers have their own tests). */
class ImportCommandTest {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int importFiles(String... args) {
        CommandLine cl = new CommandLine(new ImportCommand(format -> new LineReader()));
        cl.setExecutionExceptionHandler(new UserErrors());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(args),
                        java.util.stream.Stream.of(
                                "--format",
                                "lines",
                                "--home",
                                dir.resolve("home").toString()))
                .toArray(String[]::new);
        return cl.execute(all);
    }

    private long storedCreators() {
        try (CatalogStore store = CatalogStore.open(StoreLocation.sqlite(dir.resolve("home")))) {
            return store.catalog().countCreators();
        }
    }

    private Path file(String... lines) throws Exception {
        return Files.write(dir.resolve("f.txt"), List.of(lines));
    }

    @Test
    void aBadFileExitsWithTwoPrintsEveryProblemAndStoresNothing() throws Exception {
        Path f = file("creator instagram:anna 1000", "creator instagram:ben many", "what");

        assertThat(importFiles(f.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("error: " + f + ":line 2: field 'count'", "error: " + f + ":line 3: field 'kind'");
        assertThat(out.toString()).contains("nothing stored");
        assertThat(storedCreators()).isZero();
    }

    @Test
    void skipInvalidStoresTheRestAndReportsEachSkippedRecord() throws Exception {
        Path f = file("creator instagram:anna 1000", "creator instagram:ben many");

        assertThat(importFiles(f.toString(), "--skip-invalid")).isZero();
        assertThat(err.toString()).contains("skipped: " + f + ":line 2");
        assertThat(out.toString()).contains("1 skipped", "creators 1 added");
        assertThat(storedCreators()).isEqualTo(1);
    }

    @Test
    void importingAgainSaysUnchanged() throws Exception {
        Path f = file("creator instagram:anna 1000", "post instagram:anna p1 10 1 3");
        importFiles(f.toString());
        out.getBuffer().setLength(0);

        assertThat(importFiles(f.toString())).isZero();
        assertThat(out.toString()).contains("unchanged (1 creators, 1 posts already in the catalog)");
    }

    @Test
    void aMissingFileIsAUserError() {
        assertThat(importFiles(dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }
}
