/**
 * Sentence embeddings behind the domain's {@code TextEmbedder} port, computed offline from a model that ships
 * inside a jar (nothing is downloaded at run time).
 */
package io.microscout.embedding;
