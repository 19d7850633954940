/** TikTok through the Research API (user info, video query) with a client access token; a daily request budget. */
package io.microscout.connector.tiktok;
