package io.microscout.outreach;

import io.microscout.creator.CreatorKey;
import java.time.Instant;

/**
 * What the campaigns side reads: a creator who said yes, the stage now (agreed, contracted, live, completed, paid),
 * the agreed deliverable and price, and when the creator agreed.
 */
public record Agreement(CreatorKey creator, String name, Stage stage, Offer terms, Instant agreedAt) {}
