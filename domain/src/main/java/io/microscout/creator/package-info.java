/**
 * A creator as the catalog knows it: profile ({@link io.microscout.creator.Creator}), posts, follower
 * snapshots, the platform and the key (platform + handle), and the batches an import stores.
 */
package io.microscout.creator;
