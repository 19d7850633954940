package io.microscout.discovery.evaluation;

import io.microscout.creator.CreatorKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Creators named in labelled sets without their handles: {@code sha256:} and the first 16 hex digits of the SHA-256 of
 * {@code platform:handle} (lower case, as {@link CreatorKey#toString()} writes it). A labelled set on real data keeps
 * its judgments in the repository this way without copying the source's rows; the evaluation matches them against
 * the catalog's creators.
 */
public final class HashedHandles {
    public static final String PREFIX = "sha256:";

    private HashedHandles() {}

    public static String of(CreatorKey key) {
        try {
            byte[] d =
                    MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static boolean isHashed(String text) {
        return text != null && text.startsWith(PREFIX);
    }
}
