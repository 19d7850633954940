package io.microscout.niche;

/** One piece of evidence: a term found in {@code posts} of the {@code postsRead} posts read. */
public record TermEvidence(String term, int posts, int postsRead) {
    @Override
    public String toString() {
        return term + " in " + posts + " of " + postsRead + " posts";
    }
}
