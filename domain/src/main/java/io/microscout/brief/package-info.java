/**
 * The brand's brief (product, audience, values, what to avoid, hard filters, weights, planning knobs) and its strict
 * reader over a parsed YAML/JSON tree. Keys: docs/brief.md.
 */
package io.microscout.brief;
