/**
 * What the JSON readers (Instagram Graph API, YouTube Data API, TikTok API) share: reading a response with
 * malformed JSON reported at its line and column, and typed access to a record's fields that reports a
 * missing or wrong-typed field by its JSON path ({@code $.items[1].statistics.subscriberCount}).
 */
package io.microscout.importer.json;
