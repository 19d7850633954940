package io.microscout.embedding;

import io.microscout.creator.LanguageNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based machine translation into English by Apertium (Forcada et al., "Apertium: a free/open-source platform
 * for rule-based machine translation", Machine Translation 25, 2011), run as the installed {@code apertium}
 * program: Debian's {@code apertium} with a language pair such as {@code apertium-eng-spa}. Only the directions
 * into English that the program lists ({@code apertium -l}) are used, and only for languages the product's
 * language table knows. A batch of texts goes through one run of the program, each text followed by a marker line
 * that the translation leaves as it is; when the markers do not come back in order, each text is translated in a
 * run of its own. A failed run is an error, never an untranslated text passed off as translated.
 */
public final class ApertiumTranslator implements Translator {
    private static final Pattern MARKER = Pattern.compile("\\n?\\.MSXBREAK(\\d+)\\.\\n?");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final String program;
    private final Map<String, String> directionByLanguage;
    private final String id;

    private ApertiumTranslator(String program, Map<String, String> directionByLanguage, String id) {
        this.program = program;
        this.directionByLanguage = directionByLanguage;
        this.id = id;
    }

    /** The program on the PATH (or {@code program}, a path) with its directions into English; empty if none. */
    public static Optional<ApertiumTranslator> find(String program) {
        String listed;
        try {
            listed = run(program, List.of("-l"), "");
        } catch (IllegalStateException | UncheckedIOException e) {
            return Optional.empty();
        }
        Map<String, String> directions = new TreeMap<>();
        for (String line : listed.lines().map(String::strip).toList()) {
            String[] parts = line.split("-");
            if (parts.length == 2 && (parts[1].equals("eng") || parts[1].equals("en"))) {
                String language = LanguageNames.code(parts[0]);
                if (language != null && !language.equals("en")) {
                    directions.putIfAbsent(language, line);
                }
            }
        }
        if (directions.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder id = new StringBuilder("apertium");
        directions
                .values()
                .forEach(d -> id.append(' ')
                        .append(d)
                        .append(" (")
                        .append(dataStamp(program, d))
                        .append(')'));
        return Optional.of(new ApertiumTranslator(program, Map.copyOf(directions), id.toString()));
    }

    /** The directions and the size of their data, so that another version of a pair means other vectors. */
    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<String> languages() {
        return directionByLanguage.keySet();
    }

    @Override
    public List<String> toEnglish(String language, List<String> texts) {
        String direction = directionByLanguage.get(language);
        if (direction == null) {
            throw new IllegalArgumentException("no Apertium direction from '" + language + "' into English");
        }
        if (texts.isEmpty()) {
            return List.of();
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            in.append(texts.get(i).strip()).append("\n.MSXBREAK").append(i).append(".\n");
        }
        List<String> out = split(run(program, List.of("-u", direction), in.toString()), texts.size());
        if (out != null) {
            return out;
        }
        List<String> one = new ArrayList<>(texts.size());
        for (String t : texts) {
            one.add(run(program, List.of("-u", direction), t.strip()).strip());
        }
        return one;
    }

    /** The translations between the markers, or null when the markers came back changed or out of order. */
    static List<String> split(String translated, int expected) {
        List<String> parts = new ArrayList<>(expected);
        Matcher m = MARKER.matcher(translated);
        int from = 0;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != parts.size()) {
                return null;
            }
            parts.add(translated.substring(from, m.start()).strip());
            from = m.end();
        }
        return parts.size() == expected && translated.substring(from).isBlank() ? parts : null;
    }

    private static String run(String program, List<String> args, String input) {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + program + " (is Apertium installed?)", e);
        }
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> write(p.getOutputStream(), input));
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String output = read(p.getInputStream());
        try {
            if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + TIMEOUT);
            }
            writing.join();
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit code " + p.exitValue()
                        + "): " + errors.join().strip());
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + String.join(" ", command) + " ran", e);
        }
        return output;
    }

    private static void write(OutputStream out, String text) {
        try (out) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The total size of the direction's compiled data, read from its mode file beside the program's data
     * ({@code /usr/bin/apertium} reads {@code /usr/share/apertium/modes/D.mode}); "data unknown" when not found.
     */
    private static String dataStamp(String program, String direction) {
        Path bin = Path.of(program).isAbsolute() ? Path.of(program) : which(program);
        if (bin == null || bin.getParent() == null || bin.getParent().getParent() == null) {
            return "data unknown";
        }
        Path mode = bin.getParent().getParent().resolve("share/apertium/modes/" + direction + ".mode");
        try {
            long bytes = 0;
            Matcher quoted = Pattern.compile("'([^']+)'").matcher(Files.readString(mode));
            while (quoted.find()) {
                Path data = Path.of(quoted.group(1));
                if (Files.isRegularFile(data)) {
                    bytes += Files.size(data);
                }
            }
            return "data " + bytes + " bytes";
        } catch (IOException e) {
            return "data unknown";
        }
    }

    private static Path which(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
