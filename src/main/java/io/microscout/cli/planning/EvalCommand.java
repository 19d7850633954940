package io.microscout.cli.planning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code microscout eval}: evaluations with a threshold (CI runs them). */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluations that print a figure and exit non-zero below their threshold.",
        subcommands = {EvalForecastCommand.class})
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
