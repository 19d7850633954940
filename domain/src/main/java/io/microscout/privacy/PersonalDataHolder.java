package io.microscout.privacy;

import io.microscout.creator.CreatorKey;
import java.util.List;
import java.util.Map;

/**
 * Something that stores data about creators: it can say everything it holds about one, and remove it. Each part of
 * MicroScout with its own tables implements this and is registered in the composition root
 * ({@code MicroScout.registerPersonalData}); {@link PersonalData} asks every registered holder.
 */
public interface PersonalDataHolder {

    /** A short name for reports and the export's sections ("catalog", "plans", "outreach"...). */
    String name();

    /**
     * Everything held about the creator, as rows per table (column name to value: text, numbers, booleans,
     * null); an empty map when nothing is held. Values are plain Java types an export can write as JSON.
     */
    Map<String, List<Map<String, Object>>> export(CreatorKey creator);

    /**
     * Removes everything held about the creator, in one transaction of its own, and returns the rows removed (or
     * rewritten) per table. Idempotent: a second call removes nothing and says so.
     */
    Map<String, Integer> forget(CreatorKey creator);
}
