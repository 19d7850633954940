/**
 * Campaigns after the plan: the agreed deliverables of each creator, a unique promo code and tracking link per
 * creator, the orders attributed to them (promo code first, then UTM; each order at most once), the posted
 * content checked for a sponsorship disclosure, the realised figures beside the forecast's band, and the
 * workspace's priors learned from realised results ({@link io.microscout.campaign.PriorUpdate}).
 */
package io.microscout.campaign;
