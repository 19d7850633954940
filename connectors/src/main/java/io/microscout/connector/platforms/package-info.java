/** The three connectors, configured from the environment (base URLs for a local replay, daily budgets). */
package io.microscout.connector.platforms;
