package io.microscout.testing;

import io.microscout.creator.CreatorKey;
import io.microscout.outreach.MailSettings;
import io.microscout.outreach.Mailings;
import io.microscout.outreach.MessageTemplate;
import io.microscout.outreach.OutreachEntry;
import io.microscout.outreach.OutreachRecords;
import io.microscout.outreach.StageMove;
import io.microscout.outreach.likelihood.Prediction;
import io.microscout.outreach.likelihood.Predictions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One workspace's outreach in memory: the fake of the outreach ports for behaviour tests. */
public final class InMemoryOutreach implements OutreachRecords, Mailings, Predictions {
    private final Map<CreatorKey, OutreachEntry> entries = new LinkedHashMap<>();
    private final List<StageMove> moves = new ArrayList<>();
    private final Set<CreatorKey> optOuts = new LinkedHashSet<>();
    private final Map<String, MessageTemplate> templates = new LinkedHashMap<>();
    private final List<Instant> sent = new ArrayList<>();
    private final List<Prediction> predictions = new ArrayList<>();
    private MailSettings settings;

    @Override
    public List<OutreachEntry> entries() {
        return List.copyOf(entries.values());
    }

    @Override
    public Optional<OutreachEntry> entry(CreatorKey creator) {
        return Optional.ofNullable(entries.get(creator));
    }

    @Override
    public List<StageMove> history(CreatorKey creator) {
        return moves.stream().filter(m -> m.creator().equals(creator)).toList();
    }

    @Override
    public void add(List<OutreachEntry> added, List<StageMove> firstMoves) {
        added.forEach(e -> entries.putIfAbsent(e.creator(), e));
        moves.addAll(firstMoves);
    }

    @Override
    public void record(OutreachEntry after, StageMove move) {
        entries.put(after.creator(), after);
        moves.add(move);
    }

    @Override
    public void setEmail(CreatorKey creator, String email) {
        entries.computeIfPresent(creator, (k, e) -> e.withEmail(email));
    }

    @Override
    public int forget(CreatorKey creator) {
        int n = entries.remove(creator) == null ? 0 : 1;
        n += moves.removeIf(m -> m.creator().equals(creator)) ? 1 : 0;
        predictions.removeIf(p -> p.creator().equals(creator));
        return n;
    }

    @Override
    public void optOut(CreatorKey creator, String note, Instant at) {
        optOuts.add(creator);
    }

    @Override
    public Set<CreatorKey> optOuts() {
        return Set.copyOf(optOuts);
    }

    @Override
    public void saveTemplate(MessageTemplate template) {
        templates.put(template.name(), template);
    }

    @Override
    public Optional<MessageTemplate> template(String name) {
        return Optional.ofNullable(templates.get(name));
    }

    @Override
    public List<MessageTemplate> templates() {
        return List.copyOf(templates.values());
    }

    @Override
    public void saveSettings(MailSettings s) {
        settings = s;
    }

    @Override
    public Optional<MailSettings> settings() {
        return Optional.ofNullable(settings);
    }

    @Override
    public int sentSince(Instant since) {
        return (int) sent.stream().filter(t -> !t.isBefore(since)).count();
    }

    @Override
    public void logSent(CreatorKey creator, String subject, Instant at) {
        sent.add(at);
    }

    @Override
    public void save(List<Prediction> added) {
        predictions.addAll(added);
    }

    @Override
    public List<Prediction> all() {
        return List.copyOf(predictions);
    }
}
