package io.microscout.cli;

import io.microscout.cli.authenticity.TrainAuthenticityCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code microscout train MODEL}: trains one of the application's models, reproducibly. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Train one of MicroScout's models from data (reproducible: fixed seed).",
        subcommands = {TrainAuthenticityCommand.class})
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
