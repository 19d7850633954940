/**
 * Tiers of creators by followers (nano, micro, mid, macro, mega) under a configurable scheme: micro is
 * 3,000-100,000 followers by default; other published schemes can be chosen or read from a file.
 */
package io.microscout.tier;
