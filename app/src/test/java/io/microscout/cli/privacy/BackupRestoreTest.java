package io.microscout.cli.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.app.MicroScout;
import io.microscout.cli.Main;
import io.microscout.creator.CreatorKey;
import io.microscout.store.CatalogDump;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, changes, {@code restore}: every table and the index come back as backed up (generated data). */
class BackupRestoreTest {
    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileTheHomeIsOpenRestoresEveryTableAndTheIndex() throws Exception {
        FullHome full = new FullHome(dir);
        String home = full.home.toString();
        Path backup = dir.resolve("backup");
        Map<String, List<String>> before;
        long indexed;
        try (MicroScout app = full.open()) { // open, as a running server would hold it
            before = CatalogDump.of(app.store());
            indexed = app.search().index().size();
            assertThat(run(0, "backup", "--to", backup.toString(), "--home", home))
                    .contains("backed up")
                    .contains(indexed + " documents in the search index");
        }
        Map<String, List<String>> changed;
        try (MicroScout app = full.open()) {
            CreatorKey gone = FullHome.first(app);
            app.personalData().forget(gone);
            changed = CatalogDump.of(app.store());
            assertThat(changed).isNotEqualTo(before);
        }

        assertThat(run(2, "restore", "--from", backup.toString(), "--home", home))
                .contains("add --force");
        try (MicroScout app = full.open()) {
            assertThat(CatalogDump.of(app.store())).isEqualTo(changed); // refused: nothing touched
        }

        assertThat(run(0, "restore", "--from", backup.toString(), "--home", home, "--force"))
                .contains("checked against the backup's counts");
        try (MicroScout app = full.open()) {
            assertThat(CatalogDump.of(app.store())).isEqualTo(before);
            assertThat(app.search().index().size()).isEqualTo(indexed);
        }
        try (Stream<Path> s = Files.list(full.home)) {
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("replaced-"));
        }

        Path fresh = dir.resolve("fresh-home");
        run(0, "restore", "--from", backup.toString(), "--home", fresh.toString());
        try (MicroScout app = MicroScout.open(
                io.microscout.store.StoreLocation.sqlite(fresh),
                io.microscout.app.Settings.defaults(),
                java.time.Clock.systemUTC(),
                new io.microscout.embedding.HashingTextEmbedder(64))) {
            assertThat(CatalogDump.of(app.store())).isEqualTo(before);
        }
    }

    @Test
    void aBackupThatDoesNotMatchItsCountsIsRefusedAndTheHomeIsLeftAlone() throws Exception {
        FullHome full = new FullHome(dir);
        Path backup = dir.resolve("backup");
        run(0, "backup", "--to", backup.toString(), "--home", full.home.toString());
        Path manifest = backup.resolve("backup.properties");
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        Files.writeString(manifest, text.replaceFirst("rows\\.creators=(\\d+)", "rows.creators=99999"));
        Path empty = dir.resolve("empty-home");

        assertThat(run(2, "restore", "--from", backup.toString(), "--home", empty.toString()))
                .contains("table creators holds")
                .contains("the backup recorded 99999");
        assertThat(Files.exists(empty)).isFalse();
        assertThat(run(2, "backup", "--to", backup.toString(), "--home", full.home.toString()))
                .contains("is not an empty folder");
    }

    /** Runs a command, checks its exit code, returns stdout and stderr. */
    private static String run(int exit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(out, err).execute(args);
        assertThat(code).as(out + "\n" + err).isEqualTo(exit);
        return out + "\n" + err;
    }
}
