/**
 * Personal data of creators (GDPR articles 15 and 17: access and erasure): {@link
 * io.microscout.privacy.PersonalDataHolder}, the extension point every part that stores something about a creator
 * implements (the catalog, saved plans, and later outreach and campaigns), {@link
 * io.microscout.privacy.ForgottenCreators}, the record that a creator was forgotten (so an import does not bring
 * them back silently), and {@link io.microscout.privacy.PersonalData}, which runs a forget or an export over all
 * holders.
 */
package io.microscout.privacy;
