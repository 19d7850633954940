/**
 * Backups of the embedded SQLite catalog: a consistent copy of a database in use ({@code VACUUM INTO}), and the
 * checks a restore makes of a copy (integrity, rows per table).
 */
package io.microscout.store.backup;
