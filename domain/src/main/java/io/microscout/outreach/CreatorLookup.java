package io.microscout.outreach;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import java.util.Optional;

/** Port: the catalog as outreach reads it (a creator's name and contact e-mail); {@code catalog::creator} fits. */
@FunctionalInterface
public interface CreatorLookup {
    Optional<Creator> creator(CreatorKey key);
}
