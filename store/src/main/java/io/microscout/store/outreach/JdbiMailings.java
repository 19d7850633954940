package io.microscout.store.outreach;

import static io.microscout.store.outreach.JdbiOutreachRecords.at;

import io.microscout.creator.CreatorKey;
import io.microscout.outreach.MailSettings;
import io.microscout.outreach.Mailings;
import io.microscout.outreach.MessageTemplate;
import io.microscout.store.workspace.JdbiAccounts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link Mailings} of one workspace (0: the home's own) in the tables of V70; the SMTP password is never here. */
public final class JdbiMailings implements Mailings {
    private final Jdbi jdbi;
    private final long workspace;
    private final Clock clock;

    public JdbiMailings(Jdbi jdbi, long workspace, Clock clock) {
        this.jdbi = jdbi;
        this.workspace = workspace;
        this.clock = clock;
    }

    @Override
    public void saveTemplate(MessageTemplate t) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM outreach_templates WHERE workspace_id = :w AND name = :n")
                    .bind("w", workspace)
                    .bind("n", t.name())
                    .execute();
            h.createUpdate("INSERT INTO outreach_templates (workspace_id, name, subject, body, saved_at) VALUES "
                            + "(:w, :n, :s, :b, :at)")
                    .bind("w", workspace)
                    .bind("n", t.name())
                    .bind("s", t.subject())
                    .bind("b", t.body())
                    .bind("at", at(clock.instant()))
                    .execute();
        });
    }

    @Override
    public Optional<MessageTemplate> template(String name) {
        return templates().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    @Override
    public List<MessageTemplate> templates() {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT * FROM outreach_templates WHERE workspace_id = :w ORDER BY name")
                        .bind("w", workspace)
                        .map((rs, c) -> new MessageTemplate(
                                rs.getString("name"), rs.getString("subject"), rs.getString("body")))
                        .list());
    }

    @Override
    public void saveSettings(MailSettings s) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM outreach_mail_settings WHERE workspace_id = :w")
                    .bind("w", workspace)
                    .execute();
            h.createUpdate("INSERT INTO outreach_mail_settings (workspace_id, host, port, tls, smtp_user, "
                            + "password_from, from_address, sender_name, daily_limit) VALUES (:w, :host, :port, :tls, "
                            + ":user, :pw, :from, :sender, :limit)")
                    .bind("w", workspace)
                    .bind("host", s.host())
                    .bind("port", s.port())
                    .bind("tls", s.tls().name())
                    .bind("user", s.user())
                    .bind("pw", s.passwordFrom())
                    .bind("from", s.fromAddress())
                    .bind("sender", s.senderName())
                    .bind("limit", s.dailyLimit())
                    .execute();
        });
    }

    @Override
    public Optional<MailSettings> settings() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM outreach_mail_settings WHERE workspace_id = :w")
                .bind("w", workspace)
                .map((rs, c) -> new MailSettings(
                        rs.getString("host"),
                        rs.getInt("port"),
                        MailSettings.Tls.parse(rs.getString("tls")),
                        rs.getString("smtp_user"),
                        rs.getString("password_from"),
                        rs.getString("from_address"),
                        rs.getString("sender_name"),
                        rs.getInt("daily_limit")))
                .findOne());
    }

    @Override
    public int sentSince(Instant since) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM outreach_sent WHERE workspace_id = :w AND sent_at >= :since")
                        .bind("w", workspace)
                        .bind("since", at(since))
                        .mapTo(Integer.class)
                        .one());
    }

    @Override
    public void logSent(CreatorKey creator, String subject, Instant when) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO outreach_sent (id, workspace_id, platform, handle, subject, "
                        + "sent_at) VALUES (:id, :w, :p, :h, :s, :at)")
                .bind("id", JdbiAccounts.newId())
                .bind("w", workspace)
                .bind("p", creator.platform().id())
                .bind("h", creator.handle())
                .bind("s", subject.length() > 1000 ? subject.substring(0, 1000) : subject)
                .bind("at", at(when))
                .execute());
    }
}
