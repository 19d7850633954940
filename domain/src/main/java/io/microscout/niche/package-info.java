/**
 * What a creator's content is about, read from the biography, captions and hashtags: niches (a 20-niche taxonomy),
 * value themes, brand-safety topics, brand mentions and sponsorship saturation, each with post counts as evidence.
 */
package io.microscout.niche;
