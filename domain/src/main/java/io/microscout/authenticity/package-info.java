/**
 * Vetting a creator's authenticity, openly. Two parts:
 * <ul>
 *   <li>account level: {@link io.microscout.authenticity.FakeAccountModel} tells fake accounts from real ones
 *       by their profile (InstaFake features), scoring partial profiles and saying what was missing;</li>
 *   <li>creator level: {@link io.microscout.authenticity.AuthenticityScorer} combines a follower sample
 *       ({@link io.microscout.authenticity.AudienceComposition}) and engagement signals into one
 *       {@link io.microscout.authenticity.AuthenticityScore} with its components, benchmarks and confidence.</li>
 * </ul>
 * Plain Java; follower samples are stored through the {@link io.microscout.authenticity.AudienceSamples} port.
 */
package io.microscout.authenticity;
