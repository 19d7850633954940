package io.microscout.outreach;

import java.util.Locale;

/**
 * How a workspace sends mail. The SMTP password is never stored: {@code passwordFrom} names where to read it when
 * sending, {@code env:NAME} (an environment variable) or {@code file:PATH} (a file holding only the password), or
 * is empty for a server that needs no login.
 *
 * @param tls        NONE (plain, e.g. a local relay), STARTTLS (port 587) or SSL (SMTPS, port 465)
 * @param dailyLimit the most messages this workspace sends per UTC day; MicroScout's default 30 follows
 *                   Influencer Hero's help centre ("not to exceed 30 outreaches per day")
 */
public record MailSettings(
        String host,
        int port,
        Tls tls,
        String user,
        String passwordFrom,
        String fromAddress,
        String senderName,
        int dailyLimit) {
    public static final int DEFAULT_DAILY_LIMIT = 30;

    /** Transport security. */
    public enum Tls {
        NONE,
        STARTTLS,
        SSL;

        public static Tls parse(String text) {
            try {
                return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tls must be none, starttls or ssl, got '" + text + "'");
            }
        }
    }

    public MailSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("mail settings: host is required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("mail settings: port must be 1-65535, got " + port);
        }
        if (tls == null) {
            throw new IllegalArgumentException("mail settings: tls is required (none, starttls or ssl)");
        }
        if (fromAddress == null || !fromAddress.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("mail settings: from must be an address, got '" + fromAddress + "'");
        }
        passwordFrom = passwordFrom == null ? "" : passwordFrom.trim();
        if (!passwordFrom.isEmpty() && !passwordFrom.startsWith("env:") && !passwordFrom.startsWith("file:")) {
            throw new IllegalArgumentException("mail settings: password-from is env:VARIABLE or file:PATH (the "
                    + "password itself is never stored), got '" + passwordFrom + "'");
        }
        if (dailyLimit < 1) {
            throw new IllegalArgumentException("mail settings: the daily limit is at least 1, got " + dailyLimit);
        }
        senderName = senderName == null || senderName.isBlank() ? fromAddress : senderName.trim();
        user = user == null || user.isBlank() ? null : user.trim();
    }
}
