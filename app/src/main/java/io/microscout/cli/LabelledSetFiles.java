package io.microscout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.microscout.brief.Brief;
import io.microscout.brief.BriefReader;
import io.microscout.brieffile.BriefFiles;
import io.microscout.cli.common.UserException;
import io.microscout.creator.CreatorKey;
import io.microscout.discovery.evaluation.HashedHandles;
import io.microscout.discovery.evaluation.LabelledCase;
import io.microscout.discovery.evaluation.LabelledSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a labelled set (YAML or JSON):
 * <pre>
 * name: demo
 * labelling: how the answers were chosen
 * cases:
 *   - name: vegan skincare
 *     brief: brief-vegan-skincare.yaml      # a brief file, relative to this file, or an inline brief
 *     relevant: [instagram:a, instagram:b]  # grade 1 each; or a map {instagram:a: 2, instagram:b: 1}
 * </pre>
 * A creator may be named by its hashed handle ({@code sha256:0123456789abcdef}, see {@link HashedHandles}); it is
 * matched against the catalog's creators, and one the catalog does not hold is an error naming the case.
 */
final class LabelledSetFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private LabelledSetFiles() {}

    static LabelledSet read(Path file) throws IOException {
        return read(file, Map.of());
    }

    /** @param byHash the catalog's creators by hashed handle, to resolve {@code sha256:} names */
    @SuppressWarnings("unchecked")
    static LabelledSet read(Path file, Map<String, CreatorKey> byHash) throws IOException {
        String src = file.getFileName().toString();
        Map<String, Object> root = YAML.readValue(file.toFile(), Map.class);
        check(src, "", root, Set.of("name", "labelling", "cases"));
        List<LabelledCase> cases = new ArrayList<>();
        Object list = root.get("cases");
        if (!(list instanceof List<?> items) || items.isEmpty()) {
            throw new UserException(src + ": cases: expected a list of cases");
        }
        for (int i = 0; i < items.size(); i++) {
            String at = "cases[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new UserException(src + ": " + at + ": expected a map of name, brief, relevant");
            }
            check(src, at + ".", (Map<String, Object>) item, Set.of("name", "brief", "relevant"));
            Object b = item.get("brief");
            Brief brief = b instanceof String path
                    ? BriefFiles.read(file.toAbsolutePath().getParent().resolve(path))
                    : BriefReader.read(src + ": " + at + ".brief", b);
            String name = item.get("name") == null ? at : item.get("name").toString();
            cases.add(
                    new LabelledCase(name, brief, grades(src + ": " + at + ".relevant", item.get("relevant"), byHash)));
        }
        return new LabelledSet(
                String.valueOf(root.getOrDefault("name", src)),
                String.valueOf(root.getOrDefault("labelling", "labels from " + src)),
                cases);
    }

    private static Map<CreatorKey, Integer> grades(String at, Object value, Map<String, CreatorKey> byHash) {
        Map<CreatorKey, Integer> out = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        java.util.function.Function<Object, CreatorKey> key = k -> {
            String text = k.toString().trim();
            if (!HashedHandles.isHashed(text)) {
                return CreatorKey.parse(text);
            }
            CreatorKey found = byHash.get(text);
            if (found == null) {
                missing.add(text);
            }
            return found;
        };
        try {
            if (value instanceof List<?> l) {
                l.forEach(k -> {
                    CreatorKey c = key.apply(k);
                    if (c != null) {
                        out.put(c, 1);
                    }
                });
            } else if (value instanceof Map<?, ?> m) {
                m.forEach((k, g) -> {
                    CreatorKey c = key.apply(k);
                    if (c != null) {
                        out.put(c, Integer.parseInt(g.toString()));
                    }
                });
            } else {
                throw new IllegalArgumentException("expected a list of PLATFORM:HANDLE or a map of them to grades");
            }
        } catch (IllegalArgumentException e) {
            throw new UserException(at + ": " + e.getMessage());
        }
        if (!missing.isEmpty()) {
            throw new UserException(at + ": " + missing.size() + " hashed creator(s) not in the catalog (first: "
                    + missing.get(0) + "): import the creators the set was judged on first");
        }
        return out;
    }

    private static void check(String src, String at, Map<String, Object> map, Set<String> known) {
        for (String k : map.keySet()) {
            if (!known.contains(k)) {
                throw new UserException(
                        src + ": " + at + k + ": unknown key; expected one of " + String.join(", ", known));
            }
        }
    }
}
