package io.microscout.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data beside the project in {@code ../shared/data}, read in place (never copied: licences).
 * Tests that need it skip with a message on a clone without it and fail in CI ({@link RequiredComponents}).
 */
public final class SharedData {
    private SharedData() {}

    public static Path root() {
        String configured = System.getProperty("microscout.shared.data");
        Path root = configured == null || configured.isBlank() ? Path.of("../shared/data") : Path.of(configured);
        return root.toAbsolutePath().normalize();
    }

    /** The file or folder under shared/data; skips the calling test when it is not there. */
    public static Path path(String relative) {
        Path p = root().resolve(relative);
        RequiredComponents.require(
                Files.exists(p), p + " is missing (the real data in ../shared/data is not beside this clone)");
        return p;
    }
}
