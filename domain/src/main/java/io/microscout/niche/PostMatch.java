package io.microscout.niche;

import io.microscout.creator.Post;
import java.util.List;

/** One post that carries a theme, with the terms found in it as they occurred ("#skincare", "vegan"). */
public record PostMatch(Post post, List<String> terms) {
    public PostMatch {
        terms = List.copyOf(terms);
    }
}
