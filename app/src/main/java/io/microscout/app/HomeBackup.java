package io.microscout.app;

import io.microscout.store.StoreLocation;
import io.microscout.store.backup.SqliteSnapshot;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Backup and restore of a home: a folder holding {@code catalog.sqlite} (a consistent copy taken with
 * {@code VACUUM INTO} while the home may be in use), {@code index/} (the search index's last commit, copied under
 * its write lock), {@code settings.yaml} when the home has one, and {@code backup.properties} (when, from where, rows
 * per table, documents in the index), which a restore checks the copy against. A PostgreSQL catalog is not copied:
 * {@code pg_dump} does that online; the backup then holds the index and settings and says so.
 */
public final class HomeBackup {
    static final String MANIFEST = "backup.properties";
    static final String DATABASE = "catalog.sqlite";
    static final String INDEX = "index";
    static final String SETTINGS = "settings.yaml";

    /** What a backup or restore did. */
    public record Summary(Path folder, Map<String, Long> rows, long indexDocuments, boolean databaseCopied) {}

    private HomeBackup() {}

    /** Backs the open home up into {@code to}, a folder that must not exist yet or be empty. */
    public static Summary backup(MicroScout app, Path to) {
        ensureEmptyFolder(to, "the backup folder");
        StoreLocation location = app.location();
        Map<String, Long> rows = Map.of();
        boolean embedded = location.jdbcUrl().startsWith("jdbc:sqlite:");
        if (embedded) {
            Path copy = to.resolve(DATABASE);
            SqliteSnapshot.copy(StoreLocation.sqliteFile(location.home()), copy);
            rows = SqliteSnapshot.rowCounts(copy);
        }
        long docs = app.search().copyIndexTo(to.resolve(INDEX));
        Path settings = location.home().resolve(SETTINGS);
        Properties manifest = new Properties();
        manifest.setProperty("created", Instant.now().toString());
        manifest.setProperty("home", location.home().toAbsolutePath().toString());
        manifest.setProperty("store", embedded ? "sqlite" : location.describe());
        manifest.setProperty("index.documents", Long.toString(docs));
        rows.forEach((t, n) -> manifest.setProperty("rows." + t, Long.toString(n)));
        try {
            if (Files.isRegularFile(settings)) {
                Files.copy(settings, to.resolve(SETTINGS));
            }
            try (Writer w = Files.newBufferedWriter(to.resolve(MANIFEST), StandardCharsets.UTF_8)) {
                manifest.store(w, "MicroScout backup (microscout restore --from THIS_FOLDER --home DIR)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup in " + to + ": " + e.getMessage(), e);
        }
        return new Summary(to, rows, docs, embedded);
    }

    /**
     * Restores a backup into {@code home}. A home that already holds a catalog or an index is refused unless
     * {@code force}; then what it held is moved aside into {@code <home>/replaced-<time>/}, never deleted. The copy
     * is checked first (SQLite integrity check, rows per table as the backup counted them); nothing in the home is
     * touched when a check fails. Nothing may run on the home meanwhile (stop {@code serve} first).
     */
    public static Summary restore(Path from, Path home, boolean force) {
        Properties manifest = manifest(from);
        Path database = from.resolve(DATABASE);
        boolean hasDatabase = Files.isRegularFile(database);
        Map<String, Long> rows = Map.of();
        if (hasDatabase) {
            String integrity = SqliteSnapshot.integrity(database);
            if (!integrity.equals("ok")) {
                throw new IllegalArgumentException(
                        database + " is damaged (SQLite integrity check: " + integrity + ")");
            }
            rows = SqliteSnapshot.rowCounts(database);
            for (Map.Entry<String, Long> e : rows.entrySet()) {
                String expected = manifest.getProperty("rows." + e.getKey());
                if (expected == null || Long.parseLong(expected) != e.getValue()) {
                    throw new IllegalArgumentException(database + ": table " + e.getKey() + " holds " + e.getValue()
                            + " rows, the backup recorded " + expected + "; the copy is not the one backed up");
                }
            }
        }
        Path dbFile = StoreLocation.sqliteFile(home);
        Path index = home.resolve(INDEX);
        boolean occupied = Files.exists(dbFile) || nonEmpty(index);
        if (occupied && !force) {
            throw new IllegalArgumentException(home + " already holds a catalog or a search index; restore into an"
                    + " empty home, or add --force to move what it holds aside (into " + home + "/replaced-TIME/)");
        }
        try {
            Files.createDirectories(dbFile.getParent());
            if (occupied) {
                Path aside = home.resolve("replaced-" + Instant.now().toString().replace(':', '-'));
                Files.createDirectories(aside.resolve("db"));
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    moveIfExists(
                            home.resolve("db").resolve(DATABASE + suffix),
                            aside.resolve("db").resolve(DATABASE + suffix));
                }
                moveIfExists(index, aside.resolve(INDEX));
                moveIfExists(home.resolve(SETTINGS), aside.resolve(SETTINGS));
            }
            if (hasDatabase) {
                Path tmp = dbFile.resolveSibling(DATABASE + ".restoring");
                Files.copy(database, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, dbFile, StandardCopyOption.ATOMIC_MOVE);
            }
            if (Files.isDirectory(from.resolve(INDEX))) {
                copyFolder(from.resolve(INDEX), index);
            }
            if (Files.isRegularFile(from.resolve(SETTINGS))) {
                Files.copy(from.resolve(SETTINGS), home.resolve(SETTINGS), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore into " + home + ": " + e.getMessage(), e);
        }
        return new Summary(home, rows, Long.parseLong(manifest.getProperty("index.documents", "0")), hasDatabase);
    }

    private static Properties manifest(Path from) {
        Path file = from.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(from + " is not a MicroScout backup (no " + MANIFEST + ")");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return p;
    }

    private static void ensureEmptyFolder(Path folder, String what) {
        if (Files.exists(folder) && (!Files.isDirectory(folder) || nonEmpty(folder))) {
            throw new IllegalArgumentException(what + " " + folder + " exists and is not an empty folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean nonEmpty(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void moveIfExists(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.move(from, to);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
