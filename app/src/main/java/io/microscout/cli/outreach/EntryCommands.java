package io.microscout.cli.outreach;

import io.microscout.cli.common.UserException;
import io.microscout.creator.CreatorKey;
import io.microscout.outreach.DeclineReason;
import io.microscout.outreach.OutreachEntry;
import io.microscout.outreach.Pipeline;
import io.microscout.outreach.Stage;
import io.microscout.planning.SavedPlan;
import io.microscout.store.planning.JdbiPlans;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that change the pipeline: add, move, email, optout, forget. */
final class EntryCommands {
    private EntryCommands() {}

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Put creators on the board as shortlisted: a saved plan's (with its deliverables, prices"
                    + " and reasons) or the creators named. Creators already there are left as they are.")
    static final class Add extends OutreachSubcommand implements Callable<Integer> {
        @Option(names = "--plan", paramLabel = "NAME", description = "the saved plan (see: microscout plans)")
        String plan;

        @Parameters(arity = "0..*", paramLabel = "PLATFORM:HANDLE", description = "creators of the catalog")
        List<String> creators = List.of();

        @Option(names = "--deliverable", description = "with creators: the deliverable offered, e.g. instagram-reel")
        String deliverable;

        @Option(names = "--price", description = "with creators: the price offered in dollars")
        Double price;

        @Option(names = "--why", description = "with creators: why these creators ({{why}} in messages)")
        String why;

        @Override
        public Integer call() {
            if ((plan == null) == creators.isEmpty()) {
                throw new UserException("give either --plan NAME or creators (PLATFORM:HANDLE ...)");
            }
            PrintWriter out = out();
            try (WorkspaceOption.Session s = open()) {
                Pipeline.Added added;
                if (plan != null) {
                    SavedPlan p = new JdbiPlans(s.app().store().jdbi(), s.planScope())
                            .load(plan)
                            .orElseThrow(() -> new UserException("no saved plan named '" + plan + "' in this "
                                    + "workspace (see: microscout plans)"));
                    added = s.desk().pipeline().addPlan(p, WorkspaceOption.author());
                } else {
                    List<CreatorKey> keys =
                            creators.stream().map(CreatorKey::parse).toList();
                    added = s.desk()
                            .pipeline()
                            .addShortlist(keys, Pipeline.offer(deliverable, price), why, WorkspaceOption.author());
                }
                out.println("added " + added.added().size() + " creators as shortlisted"
                        + (added.alreadyThere().isEmpty()
                                ? ""
                                : "; already on the board: "
                                        + added.alreadyThere().size()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "move",
            mixinStandardHelpOptions = true,
            description = "Move a creator to another stage (shortlisted, contacted, replied, negotiating, agreed,"
                    + " declined, contracted, live, completed, paid); a decline needs --reason. A move that makes no"
                    + " sense is refused with the moves that are possible.")
    static final class Move extends OutreachSubcommand.OnCreator implements Callable<Integer> {
        @Option(names = "--to", required = true, paramLabel = "STAGE")
        String to;

        @Option(names = "--reason", description = "for declined: values, price, timing, no-reply or other")
        String reason;

        @Option(names = "--note", description = "what happened, kept in the history")
        String note;

        @Option(names = "--deliverable", description = "agreed or changed deliverable (with --price)")
        String deliverable;

        @Option(names = "--price", description = "agreed or changed price in dollars (with --deliverable)")
        Double price;

        @Override
        public Integer call() {
            return onCreator((s, key) -> {
                OutreachEntry e = s.desk()
                        .pipeline()
                        .move(
                                new Pipeline.MoveRequest(
                                        key,
                                        Stage.parse(to),
                                        reason == null ? null : DeclineReason.parse(reason),
                                        Pipeline.offer(deliverable, price),
                                        note),
                                WorkspaceOption.author());
                return e.creator() + " is now " + e.stage().id()
                        + (e.declineReason() == null
                                ? ""
                                : " (" + e.declineReason().id() + ")")
                        + (e.offer() == null ? "" : "; offer: " + e.offer().describe());
            });
        }
    }

    @Command(name = "email", mixinStandardHelpOptions = true, description = "Set the address a creator is mailed at.")
    static final class Email extends OutreachSubcommand.OnCreator implements Callable<Integer> {
        @Parameters(index = "1", paramLabel = "ADDRESS")
        String address;

        @Override
        public Integer call() {
            if (!address.matches("[^@\\s]+@[^@\\s]+")) {
                throw new UserException("'" + address + "' is not an e-mail address");
            }
            return onCreator((s, key) -> {
                s.desk().pipeline().entry(key);
                s.desk().records().setEmail(key, address.trim());
                return key + " will be mailed at " + address.trim();
            });
        }
    }

    @Command(
            name = "optout",
            mixinStandardHelpOptions = true,
            description = "Record that a creator asked not to be mailed again by this workspace: send and mail merge"
                    + " leave them out, the board marks them, and a move to contacted is refused.")
    static final class OptOut extends OutreachSubcommand.OnCreator implements Callable<Integer> {
        @Option(names = "--note", description = "how they asked")
        String note;

        @Override
        public Integer call() {
            return onCreator((s, key) -> {
                s.desk().pipeline().optOut(key, note);
                return key + " opted out: no message will go to them from here";
            });
        }
    }

    @Command(
            name = "forget",
            mixinStandardHelpOptions = true,
            description = "Delete this workspace's outreach records of a creator (entry, history, sent-mail log,"
                    + " likelihoods); an opt-out is kept so that they are never mailed again.")
    static final class Forget extends OutreachSubcommand.OnCreator implements Callable<Integer> {
        @Override
        public Integer call() {
            return onCreator(
                    (s, key) -> "forgot " + key + ": " + s.desk().pipeline().forget(key) + " rows deleted");
        }
    }
}
