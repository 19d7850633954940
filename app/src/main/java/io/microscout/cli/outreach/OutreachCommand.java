package io.microscout.cli.outreach;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code microscout outreach}: the workspace's outreach, from shortlist to payment (docs/outreach.md). */
@Command(
        name = "outreach",
        mixinStandardHelpOptions = true,
        description = "Contact creators and follow each deal: a pipeline from a saved plan or a shortlist, every move"
                + " kept with its author and note, templates, sending over SMTP within a daily limit, opt-outs, a"
                + " mail-merge export, and the estimated likelihood that a creator says yes.",
        subcommands = {
            EntryCommands.Add.class,
            EntryCommands.Move.class,
            BoardCommands.Board.class,
            BoardCommands.History.class,
            BoardCommands.Agreements.class,
            EntryCommands.Email.class,
            EntryCommands.OptOut.class,
            EntryCommands.Forget.class,
            TemplateCommands.Templates.class,
            TemplateCommands.MailSettingsCommand.class,
            SendCommands.Send.class,
            SendCommands.MailMerge.class,
            LikelihoodCommands.Likelihood.class,
            LikelihoodCommands.CalibrationCommand.class,
        })
public final class OutreachCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
