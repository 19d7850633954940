/**
 * The command line of planning: {@code plan}, {@code compare}, {@code quote}, {@code plans} and
 * {@code eval forecast}, with their text, JSON and CSV output.
 */
package io.microscout.cli.planning;
