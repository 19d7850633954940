/**
 * Discovery: a brief (or a seed creator) to a ranked, explained shortlist. The fit score and its components, the
 * index and embedding ports, the catalog port {@code CreatorProfiles}, and the mapper to index documents.
 */
package io.microscout.discovery;
