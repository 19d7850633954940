package io.microscout.cli.authenticity;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code microscout authenticity ...}: fake accounts and audience authenticity. */
@Command(
        name = "authenticity",
        mixinStandardHelpOptions = true,
        description = "Tell fake accounts from real ones, and judge the authenticity of an audience.",
        subcommands = {ClassifyAccountsCommand.class, AudienceCommand.class, CalibrateCommand.class})
public final class AuthenticityCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
