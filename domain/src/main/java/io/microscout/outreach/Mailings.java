package io.microscout.outreach;

import io.microscout.creator.CreatorKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: one workspace's message templates, mail settings and the log of messages sent (for the daily limit). */
public interface Mailings {

    /** Saves the template, replacing one of the same name. */
    void saveTemplate(MessageTemplate template);

    Optional<MessageTemplate> template(String name);

    List<MessageTemplate> templates();

    void saveSettings(MailSettings settings);

    Optional<MailSettings> settings();

    /** Messages sent at or after that instant. */
    int sentSince(Instant since);

    void logSent(CreatorKey creator, String subject, Instant at);
}
