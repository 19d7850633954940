/**
 * Reads TikTok API v2 (Display API) responses: {@code /v2/user/info/} and {@code /v2/video/list/}, each
 * with its {@code error} object ({@code "code":"ok"} when the call succeeded).
 */
package io.microscout.importer.tiktok;
