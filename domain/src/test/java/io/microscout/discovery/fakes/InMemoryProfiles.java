package io.microscout.discovery.fakes;

import io.microscout.creator.CreatorKey;
import io.microscout.discovery.CreatorProfile;
import io.microscout.discovery.CreatorProfiles;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Creator profiles held in a map, for tests. */
public final class InMemoryProfiles implements CreatorProfiles {
    private final Map<CreatorKey, CreatorProfile> profiles = new LinkedHashMap<>();

    public InMemoryProfiles add(CreatorProfile p) {
        profiles.put(p.key(), p);
        return this;
    }

    public Collection<CreatorProfile> all() {
        return profiles.values();
    }

    @Override
    public Optional<CreatorProfile> find(CreatorKey key) {
        return Optional.ofNullable(profiles.get(key));
    }
}
