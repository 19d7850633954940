package io.microscout.brief;

import java.util.Locale;

/** Audience gender as the platforms report it (Instagram insights: F, M, U). */
public enum Gender {
    FEMALE,
    MALE,
    OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Gender parse(String text) {
        switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "female":
            case "f":
            case "women":
            case "woman":
                return FEMALE;
            case "male":
            case "m":
            case "men":
            case "man":
                return MALE;
            case "other":
            case "u":
            case "unknown":
            case "nonbinary":
            case "non-binary":
                return OTHER;
            default:
                throw new IllegalArgumentException("\"" + text + "\" is not a gender (expected female, male or other)");
        }
    }
}
