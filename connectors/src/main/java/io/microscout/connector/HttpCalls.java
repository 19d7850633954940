package io.microscout.connector;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes a step's call with java.net.http, retrying transient failures: 429 and 5xx answers, answers the connector
 * calls retryable (YouTube's 403 rateLimitExceeded), and network errors. The wait is the server's
 * {@code Retry-After} when it sends one (seconds or an HTTP date, RFC 9110 section 10.2.3), else exponential
 * backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015): a random time between
 * 0 and min(cap, base * 2^attempt). A wait longer than the fetch's {@code maxWait} stops the fetch instead.
 */
public final class HttpCalls {
    static final int MAX_ATTEMPTS = 5;
    private static final Duration BASE = Duration.ofMillis(500);
    private static final Duration CAP = Duration.ofSeconds(30);

    /** How one platform's answers are retried and authorized. */
    public interface Platform {
        String name();

        URI baseUrl();

        /** Adds the credential (always in a header, never in the URL, so it is in no log line or raw file). */
        HttpRequest.Builder authorize(HttpRequest.Builder request);

        /** An answer to retry besides 429 and 5xx. */
        boolean retryable(ApiResponse response);

        /** A platform whose credential goes in one header ({@code Authorization: Bearer ...}, {@code X-goog-api-key}). */
        static Platform of(
                String name,
                URI baseUrl,
                String header,
                String value,
                java.util.function.Predicate<ApiResponse> retryable) {
            return new Platform() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public URI baseUrl() {
                    return baseUrl;
                }

                @Override
                public HttpRequest.Builder authorize(HttpRequest.Builder request) {
                    return request.header(header, value);
                }

                @Override
                public boolean retryable(ApiResponse response) {
                    return retryable.test(response);
                }
            };
        }
    }

    private final HttpClient client;
    private final Sleeper sleeper;
    private final Clock clock;
    private int calls;

    public HttpCalls(HttpClient client, Sleeper sleeper, Clock clock) {
        this.client = client;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Calls made (retries included), for reports and quotas. */
    public int calls() {
        return calls;
    }

    public ApiResponse call(Platform platform, Step step, Quota quota, Duration maxWait) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            quota.before(step);
            ApiResponse response;
            try {
                calls++;
                response = send(platform, step);
            } catch (IOException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new ConnectorException("the " + platform.name() + " API could not be reached after "
                            + MAX_ATTEMPTS + " attempts (" + e.getClass().getSimpleName() + ")");
                }
                sleeper.sleep(backoff(attempt));
                continue;
            }
            quota.after(step, response);
            boolean transientFailure =
                    response.status() == 429 || response.status() >= 500 || platform.retryable(response);
            if (!transientFailure || attempt == MAX_ATTEMPTS) {
                return response;
            }
            Duration wait = retryAfter(response).orElse(backoff(attempt));
            if (wait.compareTo(maxWait) > 0) {
                throw FetchStopped.quota(
                        "the " + platform.name() + " API asks to wait " + wait.toSeconds() + " s (HTTP "
                                + response.status() + ", Retry-After), longer than --max-wait "
                                + maxWait.toSeconds() + " s",
                        clock.instant().plus(wait));
            }
            sleeper.sleep(wait);
        }
    }

    private ApiResponse send(Platform platform, Step step) throws IOException, InterruptedException {
        URI uri = URI.create(platform.baseUrl().toString().replaceAll("/$", "") + step.pathAndQuery());
        HttpRequest.Builder b =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if ("POST".equals(step.method())) {
            b.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(step.body() == null ? "{}" : step.body()));
        } else {
            b.GET();
        }
        HttpResponse<String> r = client.send(platform.authorize(b).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, java.util.List<String>> headers = new TreeMap<>();
        r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return new ApiResponse(r.statusCode(), headers, r.body());
    }

    /** Full jitter: uniformly random in [0, min(cap, base * 2^attempt)], at least 50 ms. */
    static Duration backoff(int attempt) {
        long ceiling = Math.min(CAP.toMillis(), BASE.toMillis() << Math.min(attempt, 16));
        return Duration.ofMillis(50 + ThreadLocalRandom.current().nextLong(ceiling));
    }

    java.util.Optional<Duration> retryAfter(ApiResponse response) {
        return response.header("retry-after").map(String::trim).flatMap(v -> {
            try {
                return java.util.Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant();
                    Duration d = Duration.between(clock.instant(), at);
                    return java.util.Optional.of(d.isNegative() ? Duration.ZERO : d);
                } catch (DateTimeParseException neither) {
                    return java.util.Optional.empty();
                }
            }
        });
    }
}
