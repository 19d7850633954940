package io.microscout.outreach;

import io.microscout.creator.CreatorKey;
import io.microscout.pricing.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a send mails, and the sending: the shortlisted creators (or the ones named), each message filled from its
 * template; opted-out creators and creators without an address are skipped with the reason, and no more than the
 * workspace's daily limit leaves per UTC day. A sent message moves its creator to contacted.
 */
public final class Outbox {
    private final Pipeline pipeline;
    private final OutreachRecords records;
    private final Mailings mailings;
    private final Clock clock;

    public Outbox(Pipeline pipeline, OutreachRecords records, Mailings mailings, Clock clock) {
        this.pipeline = pipeline;
        this.records = records;
        this.mailings = mailings;
        this.clock = clock;
    }

    /** What the messages say besides the creator: the brief's brand and product and who sends. */
    public record Facts(String brand, String product, String sender) {}

    public record Skipped(CreatorKey creator, String reason) {}

    /** The messages that would go (or went), the ones skipped with why, and the day's count against the limit. */
    public record Batch(List<OutgoingMail> mails, List<Skipped> skipped, int sentToday, int dailyLimit) {}

    /** One row of a mail merge: the entry and its filled-in message (the address may be empty). */
    public record MergeRow(OutreachEntry entry, MessageTemplate.Rendered message) {}

    /** The messages a send would mail now, within the daily limit. */
    public Batch prepare(MessageTemplate template, Facts facts, List<CreatorKey> only, int dailyLimit) {
        int sentToday = mailings.sentSince(startOfDay());
        int room = Math.max(0, dailyLimit - sentToday);
        List<OutgoingMail> mails = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (OutreachEntry e : candidates(only, skipped)) {
            if (e.email() == null || e.email().isBlank()) {
                skipped.add(new Skipped(e.creator(), "no e-mail address (set one: outreach email CREATOR ADDRESS)"));
            } else if (mails.size() >= room) {
                skipped.add(new Skipped(
                        e.creator(),
                        "the daily limit of " + dailyLimit + " messages is reached (" + sentToday
                                + " sent today); send again tomorrow (UTC) or raise the limit"));
            } else {
                try {
                    MessageTemplate.Rendered r = render(template, facts, e);
                    mails.add(new OutgoingMail(e.creator(), e.email(), r.subject(), r.body()));
                } catch (IllegalArgumentException missing) {
                    skipped.add(new Skipped(e.creator(), missing.getMessage()));
                }
            }
        }
        return new Batch(mails, skipped, sentToday, dailyLimit);
    }

    /** Sends the batch's messages one by one; stops at the first failure, which is reported as a skip. */
    public Batch send(Batch batch, MailSender sender, MailSettings settings, String author) {
        List<OutgoingMail> sent = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>(batch.skipped());
        boolean failed = false;
        for (OutgoingMail m : batch.mails()) {
            if (failed) {
                skipped.add(new Skipped(m.creator(), "not sent: an earlier message failed"));
                continue;
            }
            if (records.optedOut(m.creator())) {
                skipped.add(new Skipped(m.creator(), "opted out of messages from this workspace"));
                continue;
            }
            try {
                sender.send(settings, m);
            } catch (RuntimeException e) {
                skipped.add(new Skipped(m.creator(), "FAILED: " + e.getMessage()));
                failed = true;
                continue;
            }
            mailings.logSent(m.creator(), m.subject(), clock.instant());
            pipeline.move(
                    new Pipeline.MoveRequest(m.creator(), Stage.CONTACTED, null, null, "mail sent: " + m.subject()),
                    author);
            sent.add(m);
        }
        return new Batch(sent, skipped, batch.sentToday() + sent.size(), batch.dailyLimit());
    }

    /** Every message of a mail merge (no daily limit: the user's own tool sends them); opted-out creators left out. */
    public List<MergeRow> mailMerge(MessageTemplate template, Facts facts, List<CreatorKey> only) {
        List<MergeRow> rows = new ArrayList<>();
        for (OutreachEntry e : candidates(only, new ArrayList<>())) {
            try {
                rows.add(new MergeRow(e, render(template, facts, e)));
            } catch (IllegalArgumentException missing) {
                throw new IllegalArgumentException(e.creator() + ": " + missing.getMessage(), missing);
            }
        }
        return rows;
    }

    private List<OutreachEntry> candidates(List<CreatorKey> only, List<Skipped> skipped) {
        List<OutreachEntry> out = new ArrayList<>();
        List<OutreachEntry> entries = only.isEmpty()
                ? records.entries().stream()
                        .filter(e -> e.stage() == Stage.SHORTLISTED)
                        .toList()
                : only.stream().map(pipeline::entry).toList();
        for (OutreachEntry e : entries) {
            if (records.optedOut(e.creator())) {
                skipped.add(new Skipped(e.creator(), "opted out of messages from this workspace"));
            } else if (e.stage() != Stage.SHORTLISTED && e.stage() != Stage.DECLINED) {
                skipped.add(new Skipped(e.creator(), "already " + e.stage().id()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    static MessageTemplate.Rendered render(MessageTemplate t, Facts facts, OutreachEntry e) {
        Map<Placeholder, String> v = new EnumMap<>(Placeholder.class);
        v.put(Placeholder.NAME, e.name());
        v.put(Placeholder.HANDLE, e.creator().handle());
        v.put(Placeholder.PLATFORM, e.creator().platform().id());
        v.put(Placeholder.BRAND, facts.brand());
        v.put(Placeholder.BRIEF, facts.product());
        v.put(Placeholder.WHY, e.why());
        v.put(Placeholder.SENDER, facts.sender());
        if (e.offer() != null) {
            v.put(Placeholder.DELIVERABLE, e.offer().deliverable().label());
            v.put(Placeholder.PRICE, Money.cents(Money.toCents(e.offer().price())));
        }
        String unsubscribe = unsubscribe(facts);
        v.put(Placeholder.UNSUBSCRIBE, unsubscribe);
        MessageTemplate.Rendered r = t.render(v);
        return t.uses().contains(Placeholder.UNSUBSCRIBE)
                ? r
                : new MessageTemplate.Rendered(r.subject(), r.body().stripTrailing() + "\n\n--\n" + unsubscribe);
    }

    static String unsubscribe(Facts facts) {
        String who = facts.brand() == null || facts.brand().isBlank() ? facts.sender() : facts.brand();
        return "If you would rather not hear from " + who + " again, reply with \"unsubscribe\" and we will not "
                + "write to you again.";
    }

    private Instant startOfDay() {
        return clock.instant()
                .atOffset(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.DAYS)
                .toInstant();
    }
}
