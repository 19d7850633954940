/** Ranking quality of discovery: precision at k, nDCG at n, labelled sets from files, categories or ground truth. */
package io.microscout.discovery.evaluation;
