package io.microscout.generator;

import io.microscout.creator.Creator;
import io.microscout.creator.FollowerSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A generated account's audience: its follower history (weekly snapshots with organic growth, and the step
 * of a bought block or spike on the day it happened) and a sample of follower profiles in which fake and
 * mass-follower accounts appear at the creator's true share.
 */
final class Audience {
    private static final int SNAPSHOT_EVERY_DAYS = 7;
    /** Week-to-week noise of organic counts (sigma of ln): ASSUMPTION. */
    private static final double SNAPSHOT_NOISE = 0.002;

    private final Persona p;
    private final SplittableRandom rng;
    private final GeneratorSettings settings;
    private int planted;

    Audience(Persona p, SplittableRandom rng, GeneratorSettings settings) {
        this.p = p;
        this.rng = rng;
        this.settings = settings;
    }

    /** Oldest first, the last one at asOf with the profile's counts. */
    List<FollowerSnapshot> snapshots(Creator creator) {
        List<FollowerSnapshot> out = new ArrayList<>();
        long organicNow = p.followers() - p.eventFollowers();
        long media = creator.mediaCount() == null ? 0 : creator.mediaCount();
        for (int daysAgo = settings.snapshotDays(); daysAgo >= 0; daysAgo -= SNAPSHOT_EVERY_DAYS) {
            long followers;
            if (daysAgo == 0) {
                followers = p.followers();
            } else {
                double organic =
                        organicNow * Math.exp(-p.monthlyGrowth() * daysAgo / 30.0 + SNAPSHOT_NOISE * Draw.normal(rng));
                followers = Math.round(organic)
                        + (p.eventFollowers() > 0 && daysAgo < p.eventDaysAgo() ? p.eventFollowers() : 0);
            }
            long mediaThen = Math.max(0, media - Math.round(p.postsPerWeek() * daysAgo / 7.0));
            Instant at = settings.asOf().minus(Duration.ofDays(daysAgo));
            out.add(new FollowerSnapshot(creator.key(), at, Math.max(0, followers), creator.following(), mediaThen));
        }
        return out;
    }

    /** The follower sample; spike newcomers appear as mass followers, bought and other fakes as fake profiles. */
    List<FollowerProfile> sample() {
        List<FollowerProfile> out = new ArrayList<>(settings.followerSample());
        Set<String> usernames = new HashSet<>();
        double event = p.followers() == 0 ? 0 : (double) p.eventFollowers() / p.followers();
        for (int i = 0; i < settings.followerSample(); i++) {
            double u = rng.nextDouble();
            if (u < event) {
                out.add(p.fraud() == FraudKind.FOLLOWER_SPIKE ? Followers.massFollower(rng) : Followers.fake(rng));
                planted++;
            } else if (u < p.fakeShare()) {
                out.add(Followers.fake(rng));
                planted++;
            } else {
                out.add(Followers.real(rng));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            FollowerProfile f = out.get(i);
            String name = f.username();
            while (!usernames.add(name)) {
                name = f.username() + rng.nextInt(100, 10_000);
            }
            if (!name.equals(f.username())) {
                out.set(
                        i,
                        new FollowerProfile(
                                name,
                                f.followers(),
                                f.following(),
                                f.posts(),
                                f.bioLength(),
                                f.profilePicture(),
                                f.privateAccount()));
            }
        }
        return out;
    }

    /** Fake and mass-follower profiles planted in the sample so far. */
    int plantedInSample() {
        return planted;
    }
}
