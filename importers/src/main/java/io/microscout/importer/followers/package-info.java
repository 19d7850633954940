/** Reads CSV files of account profiles: follower samples and accounts to classify. */
package io.microscout.importer.followers;
