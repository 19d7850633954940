package io.microscout.planning;

/**
 * What one budget buys three ways: micro creators only, the single best macro creator, and the best mix of
 * any tiers. A plan with no selections means the way is not possible (no macro creator fits the budget).
 */
public record BudgetComparison(Plan microOnly, Plan oneMacro, Plan bestMix) {}
