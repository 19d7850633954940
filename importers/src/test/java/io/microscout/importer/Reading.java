package io.microscout.importer;

import io.microscout.creator.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Test helpers: a fixed import time, options, and fixtures from src/test/resources/fixtures. */
public final class Reading {
    public static final Instant IMPORTED_AT = Instant.parse("2026-05-01T12:00:00Z");

    private Reading() {}

    public static ImportOptions options() {
        return new ImportOptions(Map.of(), StandardCharsets.UTF_8, null, false, IMPORTED_AT);
    }

    public static ImportOptions options(Map<String, String> columnMap, Charset encoding, Platform platform) {
        return new ImportOptions(columnMap, encoding, platform, false, IMPORTED_AT);
    }

    public static Path fixture(String relative) {
        try {
            return Path.of(Reading.class.getResource("/fixtures/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture " + relative, e);
        }
    }

    /** Writes a small file for one test. */
    public static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
