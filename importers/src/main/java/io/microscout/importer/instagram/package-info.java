/**
 * Reads Instagram Graph API responses: business discovery profile and media pages (linked by the business
 * account id), combined responses holding both, plain IG User profiles and plain media lists whose items
 * name their owner ({@code username} or {@code owner.id}).
 */
package io.microscout.importer.instagram;
