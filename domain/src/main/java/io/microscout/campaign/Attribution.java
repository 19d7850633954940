package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Attributes a campaign's orders to its creators, each order at most once (it is one order, whatever it
 * carries):
 * <ol>
 *   <li><b>Promo code first.</b> An order carrying one of the campaign's codes goes to that code's creator. A
 *       code is typed by the buyer at checkout and names exactly one creator; UTM parameters only record the last
 *       link clicked in that browser (lost across devices, overwritten by a later click on anyone's link), so when
 *       both are present and disagree, the code is the stronger evidence, and the disagreement is noted.</li>
 *   <li><b>Then UTM.</b> An order without a campaign code whose {@code utm_campaign} is the campaign's slug and
 *       whose {@code utm_content} is one of its creators' handles (and {@code utm_source}, when present, that
 *       creator's platform) goes to that creator.</li>
 *   <li>Everything else is <b>unattributed</b>, with the reason; orders that brought no money (refunded, voided)
 *       are counted for nobody and listed apart.</li>
 * </ol>
 */
public final class Attribution {
    private Attribution() {}

    public enum Rule {
        PROMO_CODE("promo code"),
        UTM("UTM");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An order credited to a creator, by which rule, with a note when the evidence disagreed. */
    public record Attributed(Order order, CreatorKey creator, Rule rule, String note) {}

    /** An order credited to nobody, and why. */
    public record Unattributed(Order order, String reason) {}

    public record Result(List<Attributed> attributed, List<Unattributed> unattributed, List<Unattributed> notCounted) {
        public Result {
            attributed = List.copyOf(attributed);
            unattributed = List.copyOf(unattributed);
            notCounted = List.copyOf(notCounted);
        }
    }

    public static Result attribute(Campaign campaign, List<Order> orders) {
        Map<String, CreatorKey> byCode = new HashMap<>();
        Map<String, CreatorKey> byHandle = new HashMap<>();
        for (CampaignCreator c : campaign.creators()) {
            byCode.put(PromoCodes.normalize(c.promoCode()), c.creator());
            byHandle.put(c.creator().handle().toLowerCase(Locale.ROOT), c.creator());
        }
        List<Attributed> attributed = new ArrayList<>();
        List<Unattributed> unattributed = new ArrayList<>();
        List<Unattributed> notCounted = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (Order o : orders) {
            if (seen.put(o.reference(), Boolean.TRUE) != null) {
                continue; // at most once, even if a list repeats an order
            }
            if (!o.counted()) {
                notCounted.add(new Unattributed(o, "not counted: status '" + o.status() + "'"));
                continue;
            }
            CreatorKey byUtm = utmCreator(campaign, o.utm(), byHandle);
            CreatorKey coded = o.discountCodes().stream()
                    .map(byCode::get)
                    .filter(k -> k != null)
                    .findFirst()
                    .orElse(null);
            if (coded != null) {
                String note =
                        byUtm != null && !byUtm.equals(coded) ? "its UTM named " + byUtm + "; the promo code wins" : "";
                attributed.add(new Attributed(o, coded, Rule.PROMO_CODE, note));
            } else if (byUtm != null) {
                String note = o.discountCodes().isEmpty()
                        ? ""
                        : "code " + String.join(", ", o.discountCodes()) + " is not one of this campaign's";
                attributed.add(new Attributed(o, byUtm, Rule.UTM, note));
            } else {
                unattributed.add(new Unattributed(o, whyNot(campaign, o, byHandle)));
            }
        }
        return new Result(attributed, unattributed, notCounted);
    }

    private static CreatorKey utmCreator(Campaign campaign, Utm utm, Map<String, CreatorKey> byHandle) {
        if (utm.campaign() == null || !utm.campaign().equals(campaign.slug()) || utm.content() == null) {
            return null;
        }
        CreatorKey k = byHandle.get(utm.content());
        if (k == null
                || utm.source() != null && !utm.source().equals(k.platform().id())) {
            return null;
        }
        return k;
    }

    private static String whyNot(Campaign campaign, Order o, Map<String, CreatorKey> byHandle) {
        Utm u = o.utm();
        List<String> why = new ArrayList<>();
        if (!o.discountCodes().isEmpty()) {
            why.add("code " + String.join(", ", o.discountCodes()) + " is not one of this campaign's");
        }
        if (u.isEmpty()) {
            why.add("no UTM parameters");
        } else if (u.campaign() == null || !u.campaign().equals(campaign.slug())) {
            why.add("utm_campaign '" + u.campaign() + "' is not this campaign's ('" + campaign.slug() + "')");
        } else if (u.content() == null || !byHandle.containsKey(u.content())) {
            why.add("utm_content '" + u.content() + "' names no creator of this campaign");
        } else {
            why.add("utm_source '" + u.source() + "' is not the platform of " + byHandle.get(u.content()));
        }
        if (o.discountCodes().isEmpty() && u.isEmpty()) {
            return "no discount code and no UTM parameters";
        }
        return String.join("; ", why);
    }
}
