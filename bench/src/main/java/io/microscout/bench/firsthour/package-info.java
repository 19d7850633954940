/** {@code bench firsthour}: a new user's first commands, each timed as a child process against its goal. */
package io.microscout.bench.firsthour;
