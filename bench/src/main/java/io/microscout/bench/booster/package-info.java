/**
 * {@code bench booster}: the hand-written gradient-boosted trees of the fake-account classifier against XGBoost
 * (a maintained library) on the same training rows, folds and threshold: accuracy, sensitivity, specificity,
 * ROC AUC, Brier score and training time side by side (issue 16, "Whether to replace the hand-written booster").
 */
package io.microscout.bench.booster;
