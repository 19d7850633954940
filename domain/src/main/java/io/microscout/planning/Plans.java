package io.microscout.planning;

import java.util.List;
import java.util.Optional;

/** Port: saved plans (named shortlists). Saving under an existing name replaces that plan. */
public interface Plans {

    void save(SavedPlan plan);

    /** Every saved plan, newest first (selections included). */
    List<SavedPlan> list();

    Optional<SavedPlan> load(String name);
}
