package io.microscout.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library, extracted once into MicroScout's cache folder
 * ({@code $XDG_CACHE_HOME/microscout}, else {@code ~/.cache/microscout}) under a folder named by the driver's
 * version and platform, instead of into {@code /tmp} under a new name on every start of every command (the
 * driver's default: it copies and checksums the library each time). The driver is then pointed at it with
 * {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}; a newer driver uses a folder of its own. When
 * anything fails here (no writable home, a read-only cache), nothing is set and the driver extracts as before.
 */
final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private static boolean prepared;

    private SqliteNativeLibrary() {}

    /** Points the driver at the cached copy, extracting it first if this version has none yet. Idempotent. */
    static synchronized void useCachedCopy() {
        if (prepared || System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        prepared = true;
        try {
            Path lib = cachedCopy(cacheRoot());
            System.setProperty(PATH_PROPERTY, lib.getParent().toString());
            System.setProperty(NAME_PROPERTY, lib.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            // the driver's own extraction into the temporary folder still works
        }
    }

    /** The cached library of this driver version and platform under {@code root}, extracted if missing. */
    static Path cachedCopy(Path root) throws IOException {
        String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath(); // /org/sqlite/native/Linux/x86_64
        String name = LibraryLoaderUtil.getNativeLibName();
        Path folder = root.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(resourceFolder.replaceFirst("^/org/sqlite/native/", "").replace('/', '-'));
        Path lib = folder.resolve(name);
        if (Files.isRegularFile(lib) && Files.size(lib) > 0) {
            return lib;
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, name, ".partial");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resourceFolder + "/" + name)) {
            if (in == null) {
                throw new IOException("sqlite-jdbc holds no " + resourceFolder + "/" + name);
            }
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            // another command may have written the same bytes meanwhile: replacing them is harmless
            Files.move(partial, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return lib;
    }

    /** {@code $XDG_CACHE_HOME/microscout}, else {@code ~/.cache/microscout}. */
    static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("microscout");
    }
}
