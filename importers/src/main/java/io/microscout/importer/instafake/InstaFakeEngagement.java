package io.microscout.importer.instafake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.authenticity.EngagementSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads InstaFake's real accounts with post series ({@code automated-v1.0/nonautomatedAccountData.json},
 * Akyon &amp; Kalfaoglu 2019, CC BY-NC 4.0): per account {@code userFollowerCount} and per post, most recent
 * first, {@code mediaLikeNumbers}, {@code mediaCommentNumbers}, {@code mediaUploadTimes} (unix seconds).
 * Read in place, never copied.
 */
public final class InstaFakeEngagement {
    static final String FILE = "nonautomatedAccountData.json";

    private InstaFakeEngagement() {}

    /** Accepts the folder or the file itself. Accounts are named "account-N" by their position (0-based). */
    public static List<EngagementSeries> read(Path folderOrFile) throws IOException {
        Path file = Files.isDirectory(folderOrFile) ? folderOrFile.resolve(FILE) : folderOrFile;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(folderOrFile + ": " + FILE + " is missing");
        }
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (!root.isArray()) {
            throw new IllegalArgumentException(file + ": expected a JSON array of accounts");
        }
        List<EngagementSeries> series = new ArrayList<>();
        int index = 0;
        for (JsonNode n : root) {
            String id = "account-" + index++;
            long[] likes = longs(n.path("mediaLikeNumbers"));
            long[] comments = longs(n.path("mediaCommentNumbers"));
            long[] times = longs(n.path("mediaUploadTimes"));
            if (likes.length != comments.length || likes.length != times.length) {
                throw new IllegalArgumentException(file.getFileName() + "[" + (index - 1)
                        + "]: mediaLikeNumbers, mediaCommentNumbers and mediaUploadTimes differ in length");
            }
            series.add(new EngagementSeries(id, n.path("userFollowerCount").asLong(), likes, comments, times));
        }
        return series;
    }

    private static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }
}
