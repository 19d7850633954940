/** YouTube through the Data API v3 with an API key: channels, the uploads playlist, video statistics; daily quota units. */
package io.microscout.connector.youtube;
