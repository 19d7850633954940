/**
 * The source formats that {@code import --format} names, each mapped to its reader. It sits above the readers'
 * packages ({@code importer.csv}, {@code importer.instagram}, ...) so that they depend on {@code importer}'s shared
 * types and nothing depends back on them.
 */
package io.microscout.importer.formats;
