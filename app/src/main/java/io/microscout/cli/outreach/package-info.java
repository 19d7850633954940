/**
 * {@code microscout outreach}: the workspace's pipeline (add, move, board, history), templates and mail settings,
 * sending and mail merge, the acceptance likelihood and its calibration (docs/outreach.md).
 */
package io.microscout.cli.outreach;
