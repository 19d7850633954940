/**
 * The scale-out discovery index behind the domain's {@code CreatorIndex}: a SolrCloud collection with the embedded
 * index's document layout and hybrid search (BM25 with global statistics, HNSW kNN with the filters inside), its
 * config set (uploaded by MicroScout), collection and alias management for rolling reindexes, and a failover
 * client over the Solr nodes' URLs (SolrJ's JDK HTTP client: no Jetty on the app's classpath).
 */
package io.microscout.solr;
