/** SQL storage of follower samples and post comments (migration V2), behind the authenticity ports. */
package io.microscout.store.audience;
