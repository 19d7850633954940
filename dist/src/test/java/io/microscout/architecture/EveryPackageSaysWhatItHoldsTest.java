package io.microscout.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A newcomer opens a package and reads what it holds: every main package has a package-info.java. */
class EveryPackageSaysWhatItHoldsTest {

    @Test
    void everyMainPackageOfEveryModuleHasAPackageInfo() throws IOException {
        Path root = Path.of("").toAbsolutePath(); // tests run from the repository root
        List<Path> missing;
        try (Stream<Path> dirs = Files.walk(root, 12)) {
            missing = dirs.filter(Files::isDirectory)
                    .filter(d -> root.relativize(d).toString().matches("[^/]+/src/main/java/.+"))
                    .filter(EveryPackageSaysWhatItHoldsTest::holdsJava)
                    .filter(d -> !Files.exists(d.resolve("package-info.java")))
                    .map(root::relativize)
                    .toList();
        }
        assertThat(missing).as("packages without package-info.java").isEmpty();
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
