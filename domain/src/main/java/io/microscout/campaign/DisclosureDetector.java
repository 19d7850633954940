package io.microscout.campaign;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a sponsorship disclosure in the text of a post or a video description, sentence by sentence. What counts,
 * after the FTC's "Disclosures 101 for Social Media Influencers" (ftc.gov, 2019: #ad, #sponsored, "paid
 * partnership", words such as "sponsored by" that are clear) and the three kinds of affiliate disclosure Mathur,
 * Narayanan &amp; Chetty (CSCW 2018, arXiv:1809.00620) found on YouTube: the affiliate-link disclosure ("affiliate
 * links"), the explanation ("I receive a small commission"), and the channel-support statement ("shop through
 * this link to support the channel"). A sentence that denies a sponsorship ("not sponsored") or asks for likes,
 * shares or Patreon support is not a disclosure.
 *
 * <p>The patterns were written on one half of that paper's labelled sentences (videos whose id's CRC-32 is even)
 * and measured on the other half by {@code microscout eval disclosure} (docs/campaigns.md).
 */
public final class DisclosureDetector {
    /** What was found: the kind, and the sentence that discloses. */
    public record Finding(String kind, String sentence) {}

    private record Kind(String name, Pattern pattern) {}

    private static final List<Kind> KINDS = List.of(
            kind(
                    "hashtag",
                    "(^|[\\s(\\[])#(ad|ads|sponsored|advert|advertisement|paidpartnership|partner|spon"
                            + "|affiliate|anzeige|werbung)\\b"),
            kind("paid partnership", "\\bpaid partnership\\b|\\bin partnership with\\b"),
            kind("sponsored", "\\bsponsored by\\b|\\b(video|post|episode) is sponsored\\b|\\bwas sponsored by\\b"),
            kind(
                    "affiliate link",
                    "\\baffiliate(s|d)?\\b|\\bassociates? program|\\bamazon associate|\\bpartnerprogramm"
                            + "|\\blinks? (above |below )?(are|is|may be) affiliat"),
            kind("explanation", "\\bcommission|\\bat no (extra|additional) cost\\b"),
            kind(
                    "support the channel",
                    "\\bsupport (the|this|my|our) (channel|show)|\\bsupport us\\b|\\bamazon link"
                            + "|\\bhelps? (support )?(the|this|my|our) channel|\\bsupport\\b.*\\b(link|amazon)"
                            + "|\\b(links?|purchases?) .*help(s)? (out )?(the|this|my|our) channel"));

    private static final Pattern DENIAL = Pattern.compile(
            "\\bnot (directly )?(sponsored|affiliated|compensated|paid)\\b|\\bno affiliation\\b|\\bpatreon\\b"
                    + "|\\b(like|share|subscrib)\\w*\\b.*\\bsupport\\b|affiliate marketing",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\R+");

    private static Kind kind(String name, String regex) {
        return new Kind(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Whether one sentence discloses, and as what. */
    public Optional<Finding> sentence(String sentence) {
        if (sentence == null || sentence.isBlank() || DENIAL.matcher(sentence).find()) {
            return Optional.empty();
        }
        for (Kind k : KINDS) {
            if (k.pattern().matcher(sentence).find()) {
                return Optional.of(new Finding(k.name(), sentence.strip()));
            }
        }
        return Optional.empty();
    }

    /** The first disclosing sentence of a text (a caption, a video description), if any. */
    public Optional<Finding> text(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (String s : SENTENCES.split(text)) {
            Optional<Finding> f = sentence(s);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }
}
