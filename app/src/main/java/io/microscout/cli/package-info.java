/**
 * The {@code microscout} command line (picocli): {@code Main} lists one subcommand per job (generate, demo, import,
 * creators, creator, discover, index, train, eval); the feature packages below hold the commands of vetting
 * ({@code cli.authenticity}) and planning ({@code cli.planning}). Commands print text for people and
 * {@code --json}/{@code --csv} for programs; user mistakes exit 2 with a plain message ({@code UserErrors}).
 */
package io.microscout.cli;
