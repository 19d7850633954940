/**
 * Secrets at rest: AES-GCM encryption with a key from the environment or an owner-only key file under the home
 * ({@link io.microscout.store.secrets.SecretBox}); reusable by any feature that must keep a secret in the database.
 */
package io.microscout.store.secrets;
