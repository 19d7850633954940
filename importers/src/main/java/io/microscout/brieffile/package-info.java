/** Adapter: reads brief files (YAML, JSON) with Jackson into the tree {@code BriefReader} checks. */
package io.microscout.brieffile;
