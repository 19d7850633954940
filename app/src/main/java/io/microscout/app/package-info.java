/**
 * The composition root: {@link io.microscout.app.MicroScout} opens the catalog database, reads the
 * {@link io.microscout.app.Settings} and wires the services every command (CLI, later the web app) shares.
 */
package io.microscout.app;
