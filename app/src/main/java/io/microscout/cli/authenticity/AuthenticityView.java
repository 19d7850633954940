package io.microscout.cli.authenticity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.authenticity.AudienceComposition;
import io.microscout.authenticity.AuthenticityComponent;
import io.microscout.authenticity.AuthenticityScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How an {@link AuthenticityScore} is shown: as JSON (the {@code authenticity} object of
 * {@code creator ... --json}: {@code score}, {@code state}, {@code confidence}, {@code components}, ...) and as
 * text lines for the terminal. Every component carries its value, benchmark, weight, score and reason.
 */
public final class AuthenticityView {
    private AuthenticityView() {}

    public static ObjectNode toJson(AuthenticityScore s, ObjectMapper mapper) {
        ObjectNode n = mapper.createObjectNode();
        if (s.score() == null) {
            n.putNull("score");
        } else {
            n.put("score", s.score());
        }
        n.put("state", s.state() == AuthenticityScore.State.SCORED ? "scored" : "not enough data");
        n.put("confidence", s.confidence().name().toLowerCase(Locale.ROOT));
        n.put("coveredWeight", s.coveredWeight());
        n.put("summary", s.summary());
        ArrayNode components = n.putArray("components");
        for (AuthenticityComponent c : s.components()) {
            ObjectNode cn = components.addObject();
            cn.put("id", c.id());
            cn.put("name", c.name());
            cn.put("value", c.value());
            cn.put("benchmark", c.benchmark());
            cn.put("weight", c.weight());
            cn.put("score", c.score());
            cn.put("measured", c.measured());
            cn.put("reason", c.reason());
        }
        AudienceComposition a = s.audience();
        if (a != null) {
            ObjectNode an = n.putObject("audience");
            an.put("sampleSize", a.sampleSize());
            an.put("realShare", a.realShare());
            an.put("realShareLow95", a.realInterval().low());
            an.put("realShareHigh95", a.realInterval().high());
            an.put("suspiciousShare", a.suspiciousShare());
            an.put("flaggedShare", a.flaggedShare());
            an.put("correctedForClassifierErrors", a.corrected());
            an.put("massFollowerShare", a.massFollowerShare());
            an.put("accountsWithInputsMissing", a.inputsMissing());
        }
        return n;
    }

    public static List<String> toLines(AuthenticityScore s) {
        List<String> lines = new ArrayList<>();
        lines.add("authenticity: " + (s.score() == null ? "not enough data" : s.score() + "/100") + " ("
                + s.confidence().name().toLowerCase(Locale.ROOT) + " confidence) - " + s.summary());
        for (AuthenticityComponent c : s.components()) {
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-26s weight %.2f  %s  %s",
                    c.name(),
                    c.weight(),
                    c.score() == null ? "not measured" : String.format(Locale.ROOT, "score %.2f", c.score()),
                    c.reason()));
        }
        return lines;
    }
}
