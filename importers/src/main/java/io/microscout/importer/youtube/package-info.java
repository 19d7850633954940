/**
 * Reads YouTube Data API v3 responses: {@code channels.list} (counts as strings, hidden subscriber counts)
 * and {@code videos.list} with or without {@code statistics} and {@code contentDetails}.
 */
package io.microscout.importer.youtube;
