/** Bookkeeping of the discovery index kept in the database: the checkpoints of a SolrCloud rebuild in progress. */
package io.microscout.store.index;
