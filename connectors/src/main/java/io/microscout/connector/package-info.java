/**
 * Fetching creators from the platforms' APIs: the {@link io.microscout.connector.Connector} of a platform says
 * which calls to make and reads their answers; {@link io.microscout.connector.FetchService} makes them (paced by
 * the platform's {@link io.microscout.connector.Quota}, retried with jittered backoff by
 * {@link io.microscout.connector.HttpCalls}), keeps each response under {@code <home>/raw}, imports it through the
 * importers and saves the cursor, so a fetch resumes where it stopped.
 */
package io.microscout.connector;
