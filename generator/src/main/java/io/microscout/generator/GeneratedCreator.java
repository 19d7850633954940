package io.microscout.generator;

import io.microscout.creator.Creator;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Post;
import java.util.List;

/** One generated account with everything written about it, and the truth behind it. */
public record GeneratedCreator(
        Creator creator,
        List<Post> posts,
        List<FollowerSnapshot> snapshots,
        List<FollowerProfile> followerSample,
        List<PostComment> comments,
        GroundTruth truth) {}
