/**
 * The seeded generator of synthetic catalogs: creators, posts, follower history, follower samples, comments
 * and the ground truth of planted fraud, niches, values and risks (docs/generator.md). Plain Java; the same
 * seed always gives the same bytes.
 */
package io.microscout.generator;
