package io.microscout.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code microscout} command: one subcommand per job. */
@Command(
        name = "microscout",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Find, vet and plan micro-influencer campaigns.")
public final class Main implements Runnable {

    /** The subcommands, in the order --help lists them (the benchmarks come through {@link CliExtension}). */
    static final java.util.List<Class<?>> COMMANDS = java.util.List.of(
            CommandLine.HelpCommand.class,
            GenerateCommand.class,
            DemoCommand.class,
            ImportCommand.class,
            CreatorsCommand.class,
            CreatorCommand.class,
            CatalogCommand.class,
            TrainCommand.class,
            EvalCommand.class,
            io.microscout.cli.authenticity.AuthenticityCommand.class,
            DiscoverCommand.class,
            IndexCommand.class,
            io.microscout.cli.planning.PlanCommand.class,
            io.microscout.cli.planning.CompareCommand.class,
            io.microscout.cli.planning.QuoteCommand.class,
            io.microscout.cli.planning.PlansCommand.class,
            io.microscout.cli.campaign.CampaignCommand.class,
            io.microscout.cli.outreach.OutreachCommand.class,
            io.microscout.cli.connectors.FetchCommand.class,
            io.microscout.cli.connectors.CredentialsCommand.class,
            io.microscout.cli.connectors.WatchCommand.class,
            io.microscout.cli.privacy.ForgetCommand.class,
            io.microscout.cli.privacy.ExportCommand.class,
            io.microscout.cli.privacy.BackupCommand.class,
            io.microscout.cli.privacy.RestoreCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read before picocli runs (see {@link #run}); declared here so that every command accepts and documents it. */
    @CommandLine.Option(
            names = "--verbose",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Log what the libraries say (database migrations, the search index, the model) on stderr; "
                    + "by default only errors are logged.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        Logs.configure(java.util.Arrays.asList(args).contains("--verbose"));
        return build(stdout(), stderr(), CommandTree.namedBy(args)).execute(args);
    }

    /** Every command inspected (for tests and tools that walk the whole tree). */
    public static CommandLine commandLine() {
        return commandLine(stdout(), stderr());
    }

    /** Writing to these, without control characters from imported text ({@link TerminalText}). */
    public static CommandLine commandLine(java.io.Writer out, java.io.Writer err) {
        return build(out, err, name -> true);
    }

    /**
     * The command line with the commands {@code inspect} accepts built in full; the others are listed by name and
     * description only (what --help prints), which spares a run picocli's reflection over the whole tree.
     */
    private static CommandLine build(
            java.io.Writer out, java.io.Writer err, java.util.function.Predicate<String> inspect) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> command : COMMANDS) {
            CommandTree.add(cl, command, inspect);
        }
        for (CliExtension extension : ServiceLoader.load(CliExtension.class)) {
            CommandTree.add(cl, extension, inspect);
        }
        cl.setExecutionExceptionHandler(new UserErrors());
        cl.setOut(new java.io.PrintWriter(new TerminalText(out), true));
        cl.setErr(new java.io.PrintWriter(new TerminalText(err), true));
        return cl;
    }

    private static java.io.Writer stdout() {
        return new java.io.OutputStreamWriter(System.out, java.nio.charset.Charset.defaultCharset());
    }

    private static java.io.Writer stderr() {
        return new java.io.OutputStreamWriter(System.err, java.nio.charset.Charset.defaultCharset());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"MicroScout " + (v == null ? "dev" : v)};
        }
    }
}
