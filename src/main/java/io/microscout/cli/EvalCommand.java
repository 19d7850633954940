package io.microscout.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code microscout eval}: measures the quality of MicroScout's judgements against known answers. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality against known answers.",
        subcommands = {EvalDiscoveryCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
