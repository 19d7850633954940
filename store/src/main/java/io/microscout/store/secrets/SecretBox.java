package io.microscout.store.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets (API tokens, keys) for storage with AES-256-GCM: a fresh 96-bit nonce per secret, a 128-bit
 * tag, the purpose bound in as associated data (so a ciphertext copied to another row does not decrypt).
 * NIST SP 800-38D, "Recommendation for Block Cipher Modes of Operation: Galois/Counter Mode".
 *
 * <p>The key: {@value #KEY_VARIABLE} (32 bytes, Base64) when set, else {@code <home>/keys/secret.key}, created
 * on first use with owner-only permissions (folder 0700, file 0600). Losing the key loses the secrets: they are
 * then set again; nothing else depends on them.
 */
public final class SecretBox {
    public static final String KEY_VARIABLE = "MICROSCOUT_SECRET_KEY";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final String keyId;

    public SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a secret key is 32 bytes (AES-256), this one has " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.keyId = digest(key).substring(0, 12);
    }

    /** The key of this home: from the environment variable, else the key file (created when missing). */
    public static SecretBox forHome(Path home) {
        String fromEnv = System.getenv(KEY_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            try {
                return new SecretBox(Base64.getDecoder().decode(fromEnv.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        KEY_VARIABLE + " must hold 32 random bytes in Base64 (e.g. `openssl rand -base64 32`)");
            }
        }
        return new SecretBox(keyFile(home.resolve("keys").resolve("secret.key")));
    }

    /** Which key encrypted a secret: a digest prefix of the key, never the key. */
    public String keyId() {
        return keyId;
    }

    /** Base64 of nonce + ciphertext + tag. */
    public String seal(String secret, String purpose) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /** The secret; a clear error (naming only the purpose) when the key is another or the text was altered. */
    public String open(String sealed, String purpose) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            c.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the stored secret for " + purpose
                    + " cannot be decrypted with this home's key (another key, or the row was altered); set it again");
        }
    }

    /** A short, non-reversible id of a secret (to count quota per key without keeping the key). */
    public static String fingerprint(String secret) {
        return digest(secret.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Path dir = file.getParent();
                Files.createDirectories(dir);
                ownerOnly(dir, "rwx------");
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                Path tmp = Files.createTempFile(dir, "secret", ".tmp");
                ownerOnly(tmp, "rw-------");
                Files.writeString(tmp, Base64.getEncoder().encodeToString(key));
                try {
                    Files.move(tmp, file);
                } catch (FileAlreadyExistsException raced) {
                    Files.delete(tmp); // another process made it first: use theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the secret key file " + file + " does not hold a Base64 key");
        }
    }

    private static void ownerOnly(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folder is already private to the user
        }
    }
}
