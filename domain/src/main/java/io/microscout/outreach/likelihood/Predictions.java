package io.microscout.outreach.likelihood;

import java.util.List;

/** Port: the likelihoods a workspace estimated, kept to be compared with what happened. */
public interface Predictions {
    void save(List<Prediction> predictions);

    /** Every stored prediction, oldest first. */
    List<Prediction> all();
}
