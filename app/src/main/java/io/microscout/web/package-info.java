/**
 * The server ({@code microscout serve}): the REST API under /api (OpenAPI 3 at /api/openapi.json, Swagger UI at
 * /api/docs) and the web app's server-rendered pages (JTE templates in src/main/jte, htmx and Chart.js from
 * webjars). One process owns the catalog, the search index and the embedding model. See docs/server.md.
 */
package io.microscout.web;
