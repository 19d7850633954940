package io.microscout.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A reader who follows a formula's citation finds it: sources under any module's src/main and in docs/ cite a
 * public reference or a file of the project (docs/sources.md), never the shared brief "domain.md", which is not
 * in the project.
 */
class SourcesAreInTheProjectTest {
    private static final Pattern OUTSIDE = Pattern.compile("\\bdomain\\.md\\b");

    @Test
    void noMainSourceOrDocCitesAFileOutsideTheProject() throws IOException {
        Path root = Path.of("").toAbsolutePath(); // tests run from the repository root
        List<String> citing;
        try (Stream<Path> files = Files.walk(root, 14)) {
            citing = files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String rel = root.relativize(f).toString();
                        return rel.matches("[^/]+/src/main/.+")
                                || rel.matches("docs/.+\\.md")
                                || rel.equals("README.md");
                    })
                    .filter(SourcesAreInTheProjectTest::cites)
                    .map(f -> root.relativize(f).toString())
                    .sorted()
                    .toList();
        }
        assertThat(citing)
                .as("files citing domain.md (cite docs/sources.md or the public reference)")
                .isEmpty();
    }

    @Test
    void theProjectsListOfSourcesExists() {
        assertThat(Path.of("docs/sources.md")).exists();
    }

    private static boolean cites(Path file) {
        try {
            return OUTSIDE.matcher(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
