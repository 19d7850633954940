package io.microscout.creator;

import java.util.Locale;
import java.util.Objects;

/**
 * Identifies one creator account: a platform and its handle. Handles are stored without a leading '@'
 * and in lower case, since the platforms treat them case-insensitively.
 */
public record CreatorKey(Platform platform, String handle) implements Comparable<CreatorKey> {

    public CreatorKey {
        Objects.requireNonNull(platform, "platform");
        handle = normalizeHandle(handle);
        if (handle.isEmpty()) {
            throw new IllegalArgumentException("handle is empty");
        }
    }

    public static CreatorKey of(Platform platform, String handle) {
        return new CreatorKey(platform, handle);
    }

    /** Parses "instagram:handle" (the form the CLI takes). */
    public static CreatorKey parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException(
                    "expected PLATFORM:HANDLE, e.g. instagram:some.creator, got '" + text + "'");
        }
        return new CreatorKey(Platform.parse(text.substring(0, colon)), text.substring(colon + 1));
    }

    public static String normalizeHandle(String handle) {
        if (handle == null) {
            return "";
        }
        String h = handle.trim();
        while (h.startsWith("@")) {
            h = h.substring(1);
        }
        return h.toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(CreatorKey other) {
        int c = platform.compareTo(other.platform);
        return c != 0 ? c : handle.compareTo(other.handle);
    }

    @Override
    public String toString() {
        return platform.id() + ":" + handle;
    }
}
