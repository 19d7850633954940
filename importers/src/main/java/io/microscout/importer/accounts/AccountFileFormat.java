package io.microscout.importer.accounts;

import io.microscout.importer.followers.AccountProfilesCsv;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The shapes of account files MicroScout reads, for {@code authenticity classify} and for training.
 * <ul>
 *   <li>{@code csv}: MicroScout's columns ({@link AccountProfilesCsv}), others through {@code --map};</li>
 *   <li>{@code twitter}: Twitter API v1.1 user objects, JSON or CSV ({@link TwitterUsers});</li>
 *   <li>{@code purba}: the columns of Purba, Asirvatham &amp; Murugesan (IJECE 2020): pos, flw, flg, bl, pic, lin;</li>
 *   <li>{@code parma}: the columns of the Parma set (Fava &amp; Pellegrini 2021): #Posts, #Followers, #Following,
 *       Bio Length, Profile Pic, Nums/Length Username, External Url (Private is not read: the New file lacks it and it is
 *       not a default feature).</li>
 * </ul>
 */
public enum AccountFileFormat {
    CSV(Map.of()),
    TWITTER(Map.of()),
    PURBA(ordered(
            "posts",
            "pos",
            "followers",
            "flw",
            "following",
            "flg",
            "bio_length",
            "bl",
            "profile_picture",
            "pic",
            "external_url",
            "lin")),
    PARMA(ordered(
            "posts",
            "#Posts",
            "followers",
            "#Followers",
            "following",
            "#Following",
            "bio_length",
            "Bio Length",
            "profile_picture",
            "Profile Pic",
            "username_digit_share",
            "Nums/Length Username",
            "external_url",
            "External Url"));

    private final Map<String, String> columns;

    AccountFileFormat(Map<String, String> columns) {
        this.columns = columns;
    }

    /** MicroScout's column = the file's column, for the CSV presets. */
    public Map<String, String> columns() {
        return columns;
    }

    public static AccountFileFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--format: unknown account format '" + text + "'; expected csv, twitter, purba or parma");
        }
    }

    /** Reads one file of that format; {@code extraColumns} (ours = theirs) add to or override the preset. */
    public AccountProfilesCsv.Read read(
            Path file, Map<String, String> extraColumns, Charset encoding, String labelColumn) throws IOException {
        if (this == TWITTER) {
            if (!extraColumns.isEmpty()) {
                throw new IllegalArgumentException(
                        "--map does not apply to --format twitter (the API's field names are fixed)");
            }
            return TwitterUsers.read(file);
        }
        Map<String, String> map = new LinkedHashMap<>(columns);
        map.putAll(extraColumns);
        return AccountProfilesCsv.read(file, map, encoding, labelColumn);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
