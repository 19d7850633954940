/** Scheduled refresh: a workspace's watched creators fetched again on its schedule, each run kept with its progress. */
package io.microscout.connector.schedule;
