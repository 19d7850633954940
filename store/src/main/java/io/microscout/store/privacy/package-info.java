/**
 * Personal data in the catalog's database: the record of forgotten creators ({@code forgotten_creators}, V120) and
 * the catalog's own {@link io.microscout.privacy.PersonalDataHolder} over every catalog table that names a creator.
 */
package io.microscout.store.privacy;
