package io.microscout.cli.outreach;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.microscout.app.OutreachDesk;
import io.microscout.outreach.Agreement;
import io.microscout.outreach.Offer;
import io.microscout.outreach.OutreachEntry;
import io.microscout.outreach.Stage;
import io.microscout.outreach.StageMove;
import io.microscout.outreach.likelihood.Acceptance;
import io.microscout.outreach.likelihood.Calibration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON shapes of outreach, written by the CLI's --json and the server's API alike. */
public final class OutreachJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OutreachJson() {}

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> offer(Offer o) {
        if (o == null) {
            return null;
        }
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("deliverable", o.deliverable().id());
        j.put("price", o.price());
        return j;
    }

    public static Map<String, Object> entry(OutreachEntry e, boolean optedOut) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("platform", e.creator().platform().id());
        j.put("handle", e.creator().handle());
        j.put("name", e.name());
        j.put("stage", e.stage().id());
        j.put(
                "declineReason",
                e.declineReason() == null ? null : e.declineReason().id());
        j.put("offer", offer(e.offer()));
        j.put("source", e.source());
        j.put("why", e.why());
        j.put("email", e.email());
        j.put("optedOut", optedOut);
        j.put("addedAt", e.addedAt().toString());
        j.put("movedAt", e.movedAt().toString());
        return j;
    }

    public static Map<String, Object> board(Map<Stage, List<OutreachEntry>> board, Set<?> optOuts) {
        Map<String, Object> j = new LinkedHashMap<>();
        board.forEach((stage, entries) -> j.put(
                stage.id(),
                entries.stream()
                        .map(e -> entry(e, optOuts.contains(e.creator())))
                        .toList()));
        return Map.of("stages", j);
    }

    public static Map<String, Object> move(StageMove m) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("from", m.from() == null ? null : m.from().id());
        j.put("to", m.to().id());
        j.put("reason", m.reason() == null ? null : m.reason().id());
        j.put("terms", offer(m.terms()));
        j.put("author", m.author());
        j.put("note", m.note());
        j.put("at", m.at().toString());
        return j;
    }

    public static Map<String, Object> agreement(Agreement a) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("platform", a.creator().platform().id());
        j.put("handle", a.creator().handle());
        j.put("name", a.name());
        j.put("stage", a.stage().id());
        j.put("deliverable", a.terms().deliverable().id());
        j.put("price", a.terms().price());
        j.put("agreedAt", a.agreedAt().toString());
        return j;
    }

    public static Map<String, Object> acceptance(Acceptance a) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("likelihood", a.probability());
        j.put("estimate", true);
        j.put("basis", a.basis());
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (Acceptance.Contribution c : a.contributions()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("signal", c.evidence().signal().name().toLowerCase(java.util.Locale.ROOT));
            r.put("value", c.evidence().value());
            r.put("weight", c.weight());
            r.put("logOdds", c.logOdds() + 0.0); // + 0.0: a zero contribution is 0.0, never -0.0
            r.put("reason", c.evidence().reason());
            reasons.add(r);
        }
        j.put("reasons", reasons);
        return j;
    }

    public static Map<String, Object> likelihood(OutreachDesk.Likelihood l) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("platform", l.entry().creator().platform().id());
        j.put("handle", l.entry().creator().handle());
        j.put("stage", l.entry().stage().id());
        j.put("offer", offer(l.entry().offer()));
        j.put("fitKnown", l.fitKnown());
        j.putAll(acceptance(l.acceptance()));
        return j;
    }

    public static Map<String, Object> calibration(Calibration c) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("outcomes", c.outcomes());
        j.put("observedRate", Double.isNaN(c.observedRate()) ? null : c.observedRate());
        j.put("brier", Double.isNaN(c.brier()) ? null : c.brier());
        j.put("baseRateBrier", Double.isNaN(c.baseRateBrier()) ? null : c.baseRateBrier());
        j.put(
                "buckets",
                c.buckets().stream()
                        .map(b -> Map.of(
                                "from", b.from(),
                                "to", b.to(),
                                "count", b.count(),
                                "meanPredicted", b.meanPredicted(),
                                "observedRate", b.observedRate()))
                        .toList());
        return j;
    }
}
