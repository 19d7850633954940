/**
 * The {@code campaign} command (create from a saved plan or agreements, list, show, codes, links, orders import,
 * posts add, status, report as text, JSON, CSV or a standalone HTML file) and {@code eval disclosure} /
 * {@code eval learning}; the report's documents, which the server's campaign routes share.
 */
package io.microscout.cli.campaign;
