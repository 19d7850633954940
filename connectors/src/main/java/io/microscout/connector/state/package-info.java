/**
 * What the connectors keep in the database (migration V90): credentials sealed with the home's key, fetch
 * cursors, quota spent per key and day, watched creators, refresh schedules and the history of refresh runs.
 */
package io.microscout.connector.state;
