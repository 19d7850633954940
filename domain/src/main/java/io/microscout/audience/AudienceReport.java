package io.microscout.audience;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.AudienceData;
import io.microscout.discovery.AudienceProfile;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One measured audience of a creator: shares 0..1 per country, language, age band and gender, as a source
 * reported them at a time.
 *
 * @param source     what reported it, e.g. "Instagram insights (insights.json)" or "media kit (kit.csv)"
 * @param measuredAt when the source measured it (the file's time when the source does not say)
 */
public record AudienceReport(
        CreatorKey creator, AudienceKind kind, String source, Instant measuredAt, AudienceData shares) {

    public AudienceReport {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(measuredAt, "measuredAt");
        Objects.requireNonNull(shares, "shares");
    }

    /** As discovery and the forecast read it: measured, naming its source and date. */
    public AudienceProfile profile() {
        return AudienceProfile.measured(
                shares,
                "measured: " + kind.label() + " by " + source + ", "
                        + measuredAt.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** Same figures as another report (source and time aside): a re-import of it changes nothing. */
    public boolean sameSharesAs(AudienceReport other) {
        return other != null && kind == other.kind && shares.equals(other.shares);
    }
}
