package io.microscout.authenticity;

import io.microscout.creator.CreatorKey;
import java.util.Collection;
import java.util.Map;

/**
 * Where the latest authenticity of each creator is kept (port; the store implements it in SQL, table
 * {@code creator_authenticity}, migration V3, which {@code creators --min-authenticity} filters on).
 */
public interface AuthenticityRecords {
    /** Replaces the stored authenticity of these creators, all in one transaction. */
    void save(Collection<StoredAuthenticity> scores);

    /** The stored authenticity of these creators (creators never scored are left out). */
    Map<CreatorKey, StoredAuthenticity> of(Collection<CreatorKey> creators);
}
