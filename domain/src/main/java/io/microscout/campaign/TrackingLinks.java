package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Tracking links: a short random token ({@code /r/{token}} on the server counts the click) and the landing URL
 * it forwards to, with Google Analytics' UTM parameters (support.google.com/analytics/answer/10917952):
 * {@code utm_source} = platform, {@code utm_medium} = influencer, {@code utm_campaign} = the campaign's slug,
 * {@code utm_content} = the creator's handle.
 */
public final class TrackingLinks {
    public static final String MEDIUM = "influencer";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // no 0/o, 1/l
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingLinks() {}

    /** 10 random characters of 32 (50 bits): not guessable from another creator's link. */
    public static String newToken() {
        StringBuilder s = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** Checks that a landing page is an absolute http(s) URL. */
    public static String checkLanding(String url) {
        try {
            URI u = URI.create(url == null ? "" : url.trim());
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return u.toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "the landing page must be an absolute http:// or https:// URL, got '" + url + "'");
        }
    }

    /** The landing URL with the creator's UTM parameters added (its own query kept, its fragment last). */
    public static String destination(String landingUrl, String campaignSlug, CreatorKey creator) {
        String fragment = "";
        String base = landingUrl;
        int hash = base.indexOf('#');
        if (hash >= 0) {
            fragment = base.substring(hash);
            base = base.substring(0, hash);
        }
        String utm = "utm_source=" + enc(creator.platform().id()) + "&utm_medium=" + MEDIUM + "&utm_campaign="
                + enc(campaignSlug) + "&utm_content=" + enc(creator.handle());
        return base
                + (base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? "" : "&") : "?")
                + utm
                + fragment;
    }

    /** The public link a creator shares. */
    public static String link(String serverBase, String token) {
        String b = serverBase.endsWith("/") ? serverBase.substring(0, serverBase.length() - 1) : serverBase;
        return b + "/r/" + token;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
