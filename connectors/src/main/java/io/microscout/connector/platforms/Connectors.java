package io.microscout.connector.platforms;

import io.microscout.connector.Connector;
import io.microscout.connector.Sleeper;
import io.microscout.connector.instagram.InstagramConnector;
import io.microscout.connector.state.JdbiQuotaUsage;
import io.microscout.connector.tiktok.TikTokConnector;
import io.microscout.connector.youtube.YouTubeConnector;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The connector of each platform. Settings come from the environment (or system properties of the same name in
 * lower case with dots, for tests): {@code MICROSCOUT_INSTAGRAM_API}, {@code MICROSCOUT_YOUTUBE_API},
 * {@code MICROSCOUT_TIKTOK_API} (base URLs; a local replay server in tests and CI),
 * {@code MICROSCOUT_YOUTUBE_UNITS_PER_DAY} (default 10,000), {@code MICROSCOUT_TIKTOK_REQUESTS_PER_DAY} (default 1,000).
 */
public final class Connectors {
    public static final String GRAPH_VERSION = "v21.0";
    private final Function<String, String> settings;
    private final JdbiQuotaUsage usage;
    private final Sleeper sleeper;
    private final Clock clock;

    public Connectors(Function<String, String> settings, JdbiQuotaUsage usage, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.usage = usage;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Settings from the environment, else system properties (microscout.youtube.api for MICROSCOUT_YOUTUBE_API). */
    public static Function<String, String> environment() {
        return name -> {
            String v = System.getenv(name);
            return v != null
                    ? v
                    : System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
        };
    }

    public Connector forPlatform(String platform, Duration maxWait) {
        return switch (platform.toLowerCase(Locale.ROOT)) {
            case "instagram" ->
                new InstagramConnector(
                        url("MICROSCOUT_INSTAGRAM_API", "https://graph.facebook.com"),
                        GRAPH_VERSION,
                        sleeper,
                        clock,
                        maxWait);
            case "youtube" ->
                new YouTubeConnector(
                        url("MICROSCOUT_YOUTUBE_API", "https://www.googleapis.com"),
                        usage,
                        number("MICROSCOUT_YOUTUBE_UNITS_PER_DAY", YouTubeConnector.DEFAULT_UNITS_PER_DAY),
                        clock);
            case "tiktok" ->
                new TikTokConnector(
                        url("MICROSCOUT_TIKTOK_API", "https://open.tiktokapis.com"),
                        usage,
                        number("MICROSCOUT_TIKTOK_REQUESTS_PER_DAY", TikTokConnector.DEFAULT_REQUESTS_PER_DAY),
                        clock);
            default ->
                throw new IllegalArgumentException(
                        "no connector for '" + platform + "'; one of instagram, youtube, tiktok");
        };
    }

    public static final Map<String, String> CREDENTIALS = Map.of(
            "instagram",
                    "a Graph API user or system-user access token of a business account (with --account IG_USER_ID)",
            "youtube", "a YouTube Data API v3 key",
            "tiktok", "a TikTok Research API client access token");

    private URI url(String name, String fallback) {
        String v = settings.apply(name);
        return URI.create(v == null || v.isBlank() ? fallback : v.trim());
    }

    private long number(String name, long fallback) {
        String v = settings.apply(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, found '" + v + "'");
        }
    }
}
