package io.microscout.testing;

import java.util.Locale;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when a component it needs (PostgreSQL, the real data in ../shared, a browser, a search
 * cluster) is missing: on a developer's clone it skips with a message; in CI (the environment variable
 * {@code CI=true}, or {@code -Dmicroscout.test.require-all=true}) it fails, so that a green CI never hides
 * tests that did not run.
 */
public final class RequiredComponents {
    public static final String REQUIRE_ALL_PROPERTY = "microscout.test.require-all";

    private RequiredComponents() {}

    /** True where every component must be present (CI). */
    public static boolean requireAll() {
        String property = System.getProperty(REQUIRE_ALL_PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        String ci = System.getenv().getOrDefault("CI", "").trim().toLowerCase(Locale.ROOT);
        return property.equals("true") || ci.equals("true");
    }

    /** Skips (or, in CI, fails) the calling test unless {@code present}; {@code message} says what is missing. */
    public static void require(boolean present, String message) {
        if (present) {
            return;
        }
        if (requireAll()) {
            Assertions.fail("missing in CI, where every component must be there: " + message);
        }
        Assumptions.abort("skipped: " + message);
    }
}
