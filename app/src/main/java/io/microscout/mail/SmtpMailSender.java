package io.microscout.mail;

import io.microscout.outreach.MailSender;
import io.microscout.outreach.MailSettings;
import io.microscout.outreach.OutgoingMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Sends one plain-text message per call through the workspace's SMTP server, with a {@code List-Unsubscribe} header
 * (RFC 2369) pointing at the sender's address. The password is read when sending from where the settings say
 * ({@code env:NAME} or {@code file:PATH}); it is never stored.
 */
public final class SmtpMailSender implements MailSender {
    private static final int TIMEOUT_MS = 20_000;
    private final Function<String, String> environment;

    public SmtpMailSender() {
        this(System::getenv);
    }

    /** @param environment reads an environment variable (tests give their own) */
    public SmtpMailSender(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public void send(MailSettings s, OutgoingMail mail) {
        Properties p = new Properties();
        p.putAll(Map.of(
                "mail.smtp.host", s.host(),
                "mail.smtp.port", Integer.toString(s.port()),
                "mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MS),
                "mail.smtp.timeout", Integer.toString(TIMEOUT_MS),
                "mail.smtp.writetimeout", Integer.toString(TIMEOUT_MS),
                "mail.smtp.auth", Boolean.toString(s.user() != null)));
        if (s.tls() == MailSettings.Tls.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        } else if (s.tls() == MailSettings.Tls.SSL) {
            p.put("mail.smtp.ssl.enable", "true");
        }
        if (s.tls() != MailSettings.Tls.NONE) {
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        Session session = Session.getInstance(p);
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(s.fromAddress(), s.senderName(), StandardCharsets.UTF_8.name()));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            m.setText(mail.body(), StandardCharsets.UTF_8.name());
            m.setSentDate(new Date());
            m.setHeader("List-Unsubscribe", "<mailto:" + s.fromAddress() + "?subject=unsubscribe>");
            if (s.user() == null) {
                Transport.send(m);
            } else {
                Transport.send(m, s.user(), password(s));
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException(
                    "the mail to " + mail.to() + " was not sent: " + e.getMessage() + " (SMTP " + s.host() + ":"
                            + s.port() + ")",
                    e);
        }
    }

    /** The SMTP password from the environment variable or file the settings name. */
    String password(MailSettings s) {
        String from = s.passwordFrom();
        if (from.startsWith("env:")) {
            String name = from.substring(4);
            String v = environment.apply(name);
            if (v == null || v.isEmpty()) {
                throw new IllegalStateException("the mail settings read the SMTP password from the environment "
                        + "variable " + name + ", which is not set");
            }
            return v;
        }
        if (from.startsWith("file:")) {
            Path file = Path.of(from.substring(5));
            try {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalStateException(
                        "the mail settings read the SMTP password from " + file + ", which cannot be read: "
                                + e.getMessage(),
                        e);
            }
        }
        throw new IllegalStateException("the mail settings name an SMTP user (" + s.user() + ") but no password-from "
                + "(env:VARIABLE or file:PATH)");
    }
}
