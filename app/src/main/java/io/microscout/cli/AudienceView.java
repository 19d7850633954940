package io.microscout.cli;

import io.microscout.brief.AgeBand;
import io.microscout.brief.Gender;
import io.microscout.creator.Creator;
import io.microscout.discovery.AudienceData;
import io.microscout.discovery.AudienceProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A creator's audience as {@code creator} shows it: the measured shares (insights, a media kit) with their source,
 * or the estimate from the creator's own country and language, labelled as one in text and JSON.
 */
public final class AudienceView {
    private static final int TOP = 5;

    private AudienceView() {}

    /** The measured audience, else the estimate. */
    public static AudienceProfile of(Creator c, AudienceProfile measured) {
        return AudienceProfile.of(c, measured);
    }

    public static List<String> lines(AudienceProfile a) {
        List<String> out = new ArrayList<>();
        out.add("Audience (" + (a.estimated() ? "an estimate, " : "") + a.basis() + "):");
        AudienceData d = a.data();
        line(out, "countries", top(d.countries()));
        line(out, "languages", top(d.languages()));
        Map<String, Double> ages = new LinkedHashMap<>();
        d.ages().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(AgeBand::min)))
                .forEach(e -> ages.put(e.getKey().toString(), e.getValue()));
        line(out, "ages", ages);
        Map<String, Double> genders = new LinkedHashMap<>();
        d.genders().forEach((g, v) -> genders.put(g.id(), v));
        line(out, "genders", genders);
        if (a.estimated()) {
            out.add("  ages and genders unknown; import Instagram insights or a media kit to measure them"
                    + " (docs/planning.md, \"Measured audience\")");
        }
        return out;
    }

    public static Map<String, Object> json(AudienceProfile a) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("estimate", a.estimated());
        j.put(a.estimated() ? "estimatedFrom" : "measuredBy", a.basis());
        AudienceData d = a.data();
        j.put("countries", d.countries());
        j.put("languages", d.languages());
        Map<String, Double> ages = new LinkedHashMap<>();
        d.ages().forEach((b, v) -> ages.put(b.toString(), v));
        j.put("ages", ages);
        Map<String, Double> genders = new LinkedHashMap<>();
        d.genders().forEach((Gender g, Double v) -> genders.put(g.id(), v));
        j.put("genders", genders);
        return j;
    }

    private static Map<String, Double> top(Map<String, Double> shares) {
        Map<String, Double> out = new LinkedHashMap<>();
        shares.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(TOP)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static void line(List<String> out, String what, Map<String, Double> shares) {
        if (shares.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        shares.forEach((k, v) -> parts.add(k + " " + String.format(Locale.ROOT, "%.0f%%", v * 100)));
        out.add("  " + what + ": " + String.join(", ", parts));
    }
}
