package io.microscout.outreach;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.planning.Objective;
import io.microscout.planning.SavedPlan;
import io.microscout.pricing.Deliverable;
import io.microscout.testing.InMemoryOutreach;
import io.microscout.testing.SteppingClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small catalog, a saved plan of two creators, and a workspace's outreach in memory. */
final class OutreachFixtures {
    static final CreatorKey ZOE = CreatorKey.parse("instagram:zoe.skin");
    static final CreatorKey RYAN = CreatorKey.parse("tiktok:ryan.runs");
    static final CreatorKey NOMAIL = CreatorKey.parse("youtube:no.mail");

    final InMemoryOutreach store = new InMemoryOutreach();
    final SteppingClock clock = new SteppingClock(Instant.parse("2026-12-01T09:00:00Z"));
    final Pipeline pipeline = new Pipeline(store, OutreachFixtures::creator, clock);

    static Optional<Creator> creator(CreatorKey key) {
        if (key.equals(ZOE)) {
            return Optional.of(creator(ZOE, "Zoe H.", "zoe@example.test"));
        }
        if (key.equals(RYAN)) {
            return Optional.of(creator(RYAN, "Ryan J.", "ryan@example.test"));
        }
        if (key.equals(NOMAIL)) {
            return Optional.of(creator(NOMAIL, "No Mail", null));
        }
        return Optional.empty();
    }

    private static Creator creator(CreatorKey key, String name, String email) {
        return Creator.builder(key).displayName(name).contactEmail(email).build();
    }

    static SavedPlan plan() {
        return new SavedPlan(
                "first-plan",
                Instant.parse("2026-11-30T10:00:00Z"),
                "Vegan skincare",
                2000,
                Objective.SALES,
                "MicroScout defaults",
                1,
                "discovery",
                false,
                500,
                List.of(
                        new SavedPlan.Item(
                                ZOE, Deliverable.INSTAGRAM_REEL, 350, "estimate", "relevance: posts about skincare"),
                        new SavedPlan.Item(RYAN, Deliverable.TIKTOK_VIDEO, 150, "quote", "audience: 80% in the US")),
                Map.of(),
                List.of(),
                "{}");
    }
}
