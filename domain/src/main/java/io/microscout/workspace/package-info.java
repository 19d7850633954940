/**
 * Users and workspaces: who may see and change what. The creator catalog is the installation's; briefs, plans,
 * quotes and notes belong to one workspace, and a user sees a workspace only as one of its members.
 */
package io.microscout.workspace;
