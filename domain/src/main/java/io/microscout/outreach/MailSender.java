package io.microscout.outreach;

/** Port: hands one message to a mail server (SMTP in the application); throws with the server's words on failure. */
public interface MailSender {
    void send(MailSettings settings, OutgoingMail mail);
}
