/** The campaigns of a workspace in the tables of migration V80 (JDBI, portable SQL), and the tracking links' clicks. */
package io.microscout.store.campaign;
