/** Readers of account profiles in other formats (Twitter API v1.1 user objects, the Purba and Parma columns) and of labelled sets. */
package io.microscout.importer.accounts;
