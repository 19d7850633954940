/**
 * Saved plans and recorded quotes over JDBC.
 */
package io.microscout.store.planning;
