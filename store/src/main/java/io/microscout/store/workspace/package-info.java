/** Users, workspaces, memberships, API tokens, briefs and notes in the tables of migration V60 (JDBI). */
package io.microscout.store.workspace;
