/**
 * Import of creators' follower samples and of comments under their posts (CSV), into the authenticity ports
 * ({@link io.microscout.authenticity.AudienceSamples}, {@link io.microscout.authenticity.PostComments}), with
 * the catalog import's rules; the creators' authenticity is rescored afterwards.
 */
package io.microscout.importer.audience;
