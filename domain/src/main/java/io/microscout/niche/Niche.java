package io.microscout.niche;

/**
 * One niche of the taxonomy.
 *
 * @param id          stable id used in briefs, the index and the generator (e.g. "beauty")
 * @param label       what a marketer reads
 * @param description a sentence for semantic matching (embedded and compared to a creator's content)
 * @param vocabulary  weighted terms and hashtags that show the niche in captions and biographies
 */
public record Niche(String id, String label, String description, Vocabulary vocabulary) {}
