package io.microscout.importer.instafake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.authenticity.AccountProfile;
import io.microscout.authenticity.LabelledAccount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the InstaFake fake-account dataset (Akyon &amp; Kalfaoglu 2019, CC BY-NC 4.0): a folder holding
 * {@code fakeAccountData.json} and {@code realAccountData.json}, arrays of objects with camelCase keys
 * (userFollowerCount, userFollowingCount, userBiographyLength, userMediaCount, userHasProfilPic,
 * userIsPrivate, usernameDigitCount, usernameLength, isFake). The data is read in place, never copied.
 */
public final class InstaFakeAccounts {
    static final String FAKE_FILE = "fakeAccountData.json";
    static final String REAL_FILE = "realAccountData.json";

    private InstaFakeAccounts() {}

    /** Fakes first, then real accounts, in file order. */
    public static List<LabelledAccount> read(Path folder) throws IOException {
        Path fake = folder.resolve(FAKE_FILE);
        Path real = folder.resolve(REAL_FILE);
        for (Path p : List.of(fake, real)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(folder + " is not an InstaFake folder: " + p.getFileName()
                        + " is missing (expected " + FAKE_FILE + " and " + REAL_FILE + ")");
            }
        }
        List<LabelledAccount> accounts = new ArrayList<>();
        accounts.addAll(readFile(fake));
        accounts.addAll(readFile(real));
        return accounts;
    }

    static List<LabelledAccount> readFile(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (!root.isArray()) {
            throw new IllegalArgumentException(file + ": expected a JSON array of accounts");
        }
        List<LabelledAccount> accounts = new ArrayList<>();
        int index = 0;
        for (JsonNode n : root) {
            String where = file.getFileName() + "[" + index++ + "]";
            AccountProfile profile = new AccountProfile(
                    null,
                    number(n, "userFollowerCount", where),
                    number(n, "userFollowingCount", where),
                    number(n, "userMediaCount", where),
                    toInt(number(n, "userBiographyLength", where)),
                    flag(n, "userHasProfilPic", where),
                    flag(n, "userIsPrivate", where),
                    toInt(number(n, "usernameLength", where)),
                    toInt(number(n, "usernameDigitCount", where)));
            Long label = number(n, "isFake", where);
            if (label == null) {
                throw new IllegalArgumentException(where + ": field 'isFake' is missing");
            }
            accounts.add(new LabelledAccount(profile, label == 1));
        }
        return accounts;
    }

    private static Long number(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToLong()) {
            throw new IllegalArgumentException(where + ": field '" + field + "': " + v + " is not a whole number");
        }
        return v.asLong();
    }

    private static Boolean flag(JsonNode n, String field, String where) {
        Long v = number(n, field, where);
        return v == null ? null : v != 0;
    }

    private static Integer toInt(Long v) {
        return v == null ? null : Math.toIntExact(v);
    }
}
