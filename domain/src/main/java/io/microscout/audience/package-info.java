/**
 * A creator's measured audience: demographics a platform reports (Instagram insights' follower and engaged
 * audience breakdowns by country, city, age and gender) or a creator's media kit states. Measured shares replace
 * the estimate from the creator's own country and language in discovery and in the forecast, and say where they
 * come from.
 */
package io.microscout.audience;
