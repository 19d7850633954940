/**
 * Instagram through the Graph API's business discovery (a business account's token looks up other business and
 * creator accounts), paced by Meta's rate-limit usage headers.
 */
package io.microscout.connector.instagram;
