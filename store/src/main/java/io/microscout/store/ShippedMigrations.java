package io.microscout.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * The schema migrations this build ships ({@code classpath:db/migration/V*__*.sql}) with the checksums Flyway
 * records for them, and whether a database's {@code flyway_schema_history} already holds every one of them,
 * applied with the same checksum and nothing else. Then opening the catalog needs no Flyway at all: starting
 * Flyway and validating 17 migrations was a third of a read command's time (docs/speed.md). Anything else — a new
 * database, a migration not yet applied, a failed or foreign row, another checksum — is left to Flyway.
 *
 * <p>The checksum is Flyway's ({@code ChecksumCalculator}): a CRC32 over the script's lines in UTF-8, without their
 * line terminators and without a byte-order mark, of the text before placeholders are replaced.
 */
final class ShippedMigrations {
    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9_.]+)__.+\\.sql");

    private final Map<String, Integer> checksumByScript;

    private ShippedMigrations(Map<String, Integer> checksumByScript) {
        this.checksumByScript = Map.copyOf(checksumByScript);
    }

    /** The migrations on this class path. */
    static ShippedMigrations onClassPath() {
        ClassLoader loader = ShippedMigrations.class.getClassLoader();
        Map<String, Integer> scripts = new TreeMap<>();
        for (String name : scriptNames(loader)) {
            try (InputStream in = loader.getResourceAsStream(LOCATION + "/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("cannot read " + LOCATION + "/" + name);
                }
                scripts.put(name, checksum(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ShippedMigrations(scripts);
    }

    /** Script file name to Flyway checksum. */
    Map<String, Integer> checksums() {
        return checksumByScript;
    }

    /**
     * Whether the database's history holds exactly the shipped migrations, each applied successfully with the
     * shipped checksum. False (Flyway decides) on any difference and when there is no history table.
     */
    boolean allAppliedIn(DataSource db) {
        if (checksumByScript.isEmpty()) {
            return false;
        }
        Map<String, Integer> applied = new TreeMap<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, script, checksum, success, type FROM"
                        + " flyway_schema_history WHERE version IS NOT NULL")) {
            while (rs.next()) {
                String script = rs.getString("script");
                int checksum = rs.getInt("checksum");
                boolean noChecksum = rs.wasNull();
                if (!rs.getBoolean("success") || noChecksum || !"SQL".equals(rs.getString("type"))) {
                    return false;
                }
                if (!versionOf(script).equals(rs.getString("version")) || applied.put(script, checksum) != null) {
                    return false;
                }
            }
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            return false; // no history table yet, or one this check does not understand: Flyway's turn
        }
        return applied.equals(checksumByScript);
    }

    /** The version Flyway records for a script name: {@code V1_2__x.sql} is "1.2". */
    static String versionOf(String script) {
        Matcher m = VERSIONED.matcher(script);
        return m.matches() ? m.group(1).replace('_', '.') : "";
    }

    /** Flyway's checksum of a script: CRC32 over its lines (UTF-8, no terminators, no byte-order mark). */
    static int checksum(InputStream script) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader in = new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8), 4096);
        String line;
        while ((line = in.readLine()) != null) {
            crc.update(line.replace("\uFEFF", "").getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    private static Iterable<String> scriptNames(ClassLoader loader) {
        try {
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            var urls = loader.getResources(LOCATION);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if ("jar".equals(url.getProtocol())) {
                    JarURLConnection jar = (JarURLConnection) url.openConnection();
                    jar.setUseCaches(false);
                    try (JarFile file = jar.getJarFile()) {
                        String prefix = LOCATION + "/";
                        for (JarEntry e : (Iterable<JarEntry>) file.stream()::iterator) {
                            String n = e.getName();
                            if (n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0) {
                                add(names, n.substring(prefix.length()));
                            }
                        }
                    }
                } else if ("file".equals(url.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.forEach(p -> add(names, p.getFileName().toString()));
                    }
                } else {
                    return java.util.List.of(); // an unknown kind of class path: nothing known, Flyway decides
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(java.util.Set<String> names, String name) {
        if (VERSIONED.matcher(name).matches()) {
            names.add(name);
        }
    }
}
