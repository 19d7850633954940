package io.microscout.cli;

import io.microscout.cli.authenticity.EvalAuthenticityCommand;
import io.microscout.cli.authenticity.EvalEngagementCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code microscout eval WHAT}: measures how well one part of MicroScout does, and prints the numbers. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Evaluate one of MicroScout's models or scores on labelled data.",
        subcommands = {
            EvalAuthenticityCommand.class,
            EvalEngagementCommand.class,
            io.microscout.cli.authenticity.EvalFraudCommand.class,
            EvalDiscoveryCommand.class,
            io.microscout.cli.planning.EvalForecastCommand.class,
            io.microscout.cli.campaign.EvalDisclosureCommand.class,
            io.microscout.cli.campaign.EvalLearningCommand.class
        })
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
