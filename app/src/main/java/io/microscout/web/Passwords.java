package io.microscout.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Password and token hashing. Passwords: Argon2id with Spring Security's defaults for version 5.8+
 * (16-byte salt, 32-byte hash, 1 lane, 19 MiB, 2 iterations: OWASP Password Storage Cheat Sheet's first
 * Argon2id option). Personal API tokens are 256 random bits, so a plain SHA-256 of them is stored (no
 * dictionary to guess from).
 */
public final class Passwords {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    public String hash(String password) {
        check(password);
        return argon2.encode(password);
    }

    public boolean matches(String password, String hash) {
        return password != null && hash != null && argon2.matches(password, hash);
    }

    /** A password is at least 12 characters (NIST SP 800-63B allows any characters; length is what counts). */
    public static void check(String password) {
        if (password == null || password.length() < 12) {
            throw Problem.badRequest("password", "a password needs at least 12 characters");
        }
    }

    /** A fresh random secret (URL-safe), for session ids, CSRF tokens, API tokens and first passwords. */
    public static String secret(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
