package io.microscout.discovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a creator's vector was made from, as one value the index stores beside it: a SHA-256 digest of the
 * embedder's {@link TextEmbedder#vectorsId} and the exact text it embedded. Equal sources mean the embedder would
 * compute the same vector again, so an index catching up with a follower snapshot, a follower sample or comments
 * (which change a creator's metrics but not its text) reuses the stored vector instead of running the model.
 */
public final class VectorSource {
    private VectorSource() {}

    /**
     * The source of {@code text} embedded by the embedder whose {@link TextEmbedder#vectorsId} is {@code vectorsId},
     * or null when that id is null (an embedder that does not say what it is).
     */
    public static String of(String vectorsId, String text) {
        if (vectorsId == null) {
            return null;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(vectorsId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
