package io.microscout.niche;

import io.microscout.creator.Post;
import java.util.List;

/** A creator's own words: the biography and recent posts, prepared for term matching. */
public record CreatorContent(ContentText biography, List<ContentText> posts, List<Post> source) {

    public CreatorContent {
        posts = List.copyOf(posts);
        source = List.copyOf(source);
    }

    public static CreatorContent of(String biography, List<Post> recentPosts) {
        List<ContentText> texts = recentPosts.stream()
                .map(p -> ContentText.of(p.caption(), p.hashtags()))
                .toList();
        return new CreatorContent(ContentText.of(biography), texts, recentPosts);
    }

    public int postsRead() {
        return posts.size();
    }
}
