/**
 * Outreach in the tables of migration V70 (JDBI): a workspace's pipeline, moves, opt-outs, templates, mail
 * settings, sent log and likelihood snapshots; every query is scoped to one workspace.
 */
package io.microscout.store.outreach;
