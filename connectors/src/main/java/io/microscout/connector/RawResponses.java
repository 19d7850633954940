package io.microscout.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The answers a fetch stored, as the platform sent them, under
 * {@code <home>/raw/<platform>/<workspace>/<handle>/<fetch start>/NNN-<step>.json}: the importable ones replay with
 * {@code microscout import FILE... --format <platform's format>}. Each file is written whole (a temporary file,
 * forced to disk, renamed), so after a kill a file is either complete or absent.
 */
public final class RawResponses {
    private static final DateTimeFormatter FOLDER =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private final Path root;

    public RawResponses(Path home) {
        this.root = home.resolve("raw");
    }

    /** The folder of one creator's fetch started at that time (relative to the raw root). */
    public String folder(String platform, long workspace, String handle, Instant started) {
        return platform + "/" + workspace + "/" + safe(handle) + "/" + FOLDER.format(started);
    }

    public Path file(String folder, int seq, String name) {
        return root.resolve(folder).resolve(String.format("%03d-%s.json", seq, name));
    }

    /**
     * Stores an answer atomically, stamped with the time it was fetched (the fetch's clock): the importers take a
     * stored answer's last-modified time as the observation time of what it holds (a follower snapshot), so a
     * replay of the file observes the same moment, and two fetches observe two moments however close together.
     */
    public void write(Path file, String body, java.time.Instant fetchedAt) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (FileChannel ch = FileChannel.open(
                    tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            Files.setLastModifiedTime(tmp, java.nio.file.attribute.FileTime.from(fetchedAt));
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the raw answer " + file, e);
        }
    }

    /** A handle as a folder name: letters, digits, '.', '_' and '-' kept, anything else as '_'. */
    static String safe(String handle) {
        String s = handle.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
