package io.microscout.outreach.likelihood;

import io.microscout.brief.Brief;
import io.microscout.brief.FitComponent;
import io.microscout.discovery.ComponentScore;
import io.microscout.discovery.RankedCreator;
import io.microscout.discovery.ValuesClash;
import io.microscout.outreach.Offer;
import io.microscout.outreach.Stage;
import io.microscout.outreach.StageMove;
import io.microscout.pricing.Money;
import io.microscout.pricing.PriceEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the signals of {@link Signal} from what MicroScout already knows: discovery's fit of the creator to the
 * brief (values, brand safety, content), the offer against the pricing estimate, and the creator's history in this
 * workspace. A signal without data is left out (it moves nothing) rather than guessed.
 */
public final class SignalReader {
    private SignalReader() {}

    /**
     * @param fit      the creator as discovery ranked it for the brief; null when not known (no brief, or not found)
     * @param offer    what is offered; null when nothing is yet
     * @param estimate pricing's estimate for the offered deliverable; null when unknown
     * @param history  the creator's earlier moves in this workspace
     */
    public static List<Evidence> read(
            Brief brief, RankedCreator fit, Offer offer, PriceEstimate estimate, List<StageMove> history) {
        List<Evidence> out = new ArrayList<>();
        if (fit != null) {
            ComponentScore values = fit.fit().component(FitComponent.VALUES);
            if (values.value() != null) {
                out.add(new Evidence(Signal.VALUES, 2 * (values.value() - 0.5), values.reason()));
            }
            if (brief != null && fit.content() != null) {
                String clash = ValuesClash.find(brief, fit.content()).orElse(null);
                out.add(new Evidence(
                        Signal.VALUES_CLASH, clash == null ? 0 : 1, clash == null ? "no value clash found" : clash));
                competitor(brief, fit, out);
            }
            ComponentScore safety = fit.fit().component(FitComponent.BRAND_SAFETY);
            if (safety.value() != null) {
                out.add(new Evidence(Signal.BRAND_SAFETY, 1 - safety.value(), safety.reason()));
            }
            Double share = fit.content() == null ? null : fit.content().sponsoredShare();
            if (share != null) {
                out.add(new Evidence(
                        Signal.SATURATION,
                        Math.min(1, Math.max(0, share - 0.2) / 0.4),
                        String.format(
                                Locale.ROOT,
                                "%d of %d recent posts sponsored",
                                fit.content().sponsoredPosts(),
                                fit.content().postsRead())));
            }
        }
        if (offer != null && estimate != null && estimate.point() > 0) {
            double ratio = offer.price() / estimate.point();
            out.add(new Evidence(
                    Signal.OFFER_VS_RATE,
                    Math.max(-2, Math.min(2, Math.log(Math.max(ratio, 1e-9)))),
                    String.format(
                            Locale.ROOT,
                            "offer %s against an estimated %s (%.0f%%; %s)",
                            Money.cents(Money.toCents(offer.price())),
                            Money.cents(estimate.pointCents()),
                            100 * ratio,
                            estimate.isQuote() ? "the creator's quote" : "an estimate")));
        }
        history(history, out);
        return out;
    }

    private static void competitor(Brief brief, RankedCreator fit, List<Evidence> out) {
        if (brief.avoid().competitors().isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>();
        for (String c : brief.avoid().competitors()) {
            String wanted = handle(c);
            fit.content().mentions().forEach((account, posts) -> {
                if (handle(account).equals(wanted)) {
                    named.add("@" + wanted + " in " + posts + " posts");
                }
            });
        }
        out.add(new Evidence(
                Signal.COMPETITOR,
                named.isEmpty() ? 0 : 1,
                named.isEmpty()
                        ? "mentions none of the brief's competitors"
                        : "mentions competitor " + String.join(", ", named)));
    }

    private static String handle(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replaceFirst("^@", "").replace(" ", "");
    }

    private static void history(List<StageMove> history, List<Evidence> out) {
        if (history.isEmpty()) {
            return;
        }
        boolean replied = history.stream()
                .anyMatch(m -> m.to() == Stage.REPLIED || m.to() == Stage.NEGOTIATING || m.to().saidYes());
        long declines = history.stream().filter(m -> m.to() == Stage.DECLINED).count();
        out.add(new Evidence(
                Signal.PAST_REPLY,
                replied ? 1 : 0,
                replied ? "replied to this workspace before" : "no reply to this workspace yet"));
        if (declines > 0) {
            out.add(new Evidence(
                    Signal.PAST_DECLINES,
                    Math.min(2, declines),
                    "declined this workspace " + declines + (declines == 1 ? " time" : " times") + " before ("
                            + history.stream()
                                    .filter(m -> m.reason() != null)
                                    .map(m -> m.reason().id())
                                    .distinct()
                                    .reduce((a, b) -> a + ", " + b)
                                    .orElse("no reason")
                            + ")"));
        }
    }
}
