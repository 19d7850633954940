package io.microscout.connector;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * How much one fetch takes per creator.
 *
 * @param maxPosts  the newest posts fetched per creator (a refresh stops earlier, at the posts it already has)
 * @param pageSize  posts asked for per page (capped by each platform's maximum)
 * @param maxWait   the longest a fetch waits in one go (Retry-After, a rate-limit window); longer: it stops and
 *                  says when to resume
 * @param full      fetch everything again, ignoring what the last fetch saw
 */
public record FetchLimits(int maxPosts, int pageSize, Duration maxWait, boolean full) {
    public FetchLimits {
        if (maxPosts < 0 || pageSize < 1) {
            throw new IllegalArgumentException("--max-posts must be 0 or more and --page-size at least 1");
        }
    }

    public static FetchLimits defaults() {
        return new FetchLimits(50, 25, Duration.ofMinutes(2), false);
    }

    public int pageSize(int platformMax) {
        return Math.min(pageSize, platformMax);
    }

    /** Pages of posts for maxPosts at this page size. */
    public int postPages(int platformMax) {
        int size = pageSize(platformMax);
        return (maxPosts + size - 1) / size;
    }

    /**
     * The state a fetch of one creator starts from: the handle, the platform's first phase, no posts yet, and these
     * limits at the platform's page maximum ({@code handle, phase, posts, maxPosts, pageSize}).
     */
    public ObjectNode startState(String handle, String firstPhase, int platformMax) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("handle", handle).put("phase", firstPhase).put("posts", 0);
        s.put("maxPosts", maxPosts).put("pageSize", pageSize(platformMax));
        return s;
    }
}
