package io.microscout.cli.outreach;

import io.microscout.creator.CreatorKey;
import io.microscout.outreach.Agreement;
import io.microscout.outreach.OutreachEntry;
import io.microscout.outreach.Stage;
import io.microscout.outreach.StageMove;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that read the pipeline: board, history, agreements. */
final class BoardCommands {
    private BoardCommands() {}

    @Command(
            name = "board",
            mixinStandardHelpOptions = true,
            description = "Every stage with its creators, their offers, and opt-outs marked.")
    static final class Board extends OutreachSubcommand implements Callable<Integer> {
        @Option(names = "--json", description = "print JSON: stages, each a list of entries")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = out();
            try (WorkspaceOption.Session s = open()) {
                Map<Stage, List<OutreachEntry>> board = s.desk().pipeline().board();
                Set<CreatorKey> optOuts = s.desk().records().optOuts();
                if (json) {
                    out.println(OutreachJson.write(OutreachJson.board(board, optOuts)));
                } else {
                    text(board, optOuts, out);
                }
            }
            out.flush();
            return 0;
        }

        static void text(Map<Stage, List<OutreachEntry>> board, Set<CreatorKey> optOuts, PrintWriter out) {
            if (board.values().stream().allMatch(List::isEmpty)) {
                out.println("no creators in outreach yet (add some: microscout outreach add --plan NAME)");
                return;
            }
            board.forEach((stage, entries) -> {
                if (entries.isEmpty()) {
                    return;
                }
                out.printf(Locale.ROOT, "%s (%d)%n", stage.id().toUpperCase(Locale.ROOT), entries.size());
                for (OutreachEntry e : entries) {
                    out.printf(
                            Locale.ROOT,
                            "  %-36s %-40s %s%s%n",
                            e.creator(),
                            e.offer() == null ? "no offer yet" : e.offer().describe(),
                            e.declineReason() == null
                                    ? ""
                                    : "reason: " + e.declineReason().id() + " ",
                            optOuts.contains(e.creator()) ? "OPTED OUT" : e.email() == null ? "(no e-mail)" : "");
                }
            });
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "A creator's moves, oldest first.")
    static final class History extends OutreachSubcommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PLATFORM:HANDLE")
        String creator;

        @Option(names = "--json", description = "print JSON: entry and moves")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = out();
            try (WorkspaceOption.Session s = open()) {
                CreatorKey key = CreatorKey.parse(creator);
                OutreachEntry e = s.desk().pipeline().entry(key);
                List<StageMove> moves = s.desk().pipeline().history(key);
                if (json) {
                    out.println(OutreachJson.write(Map.of(
                            "entry",
                            OutreachJson.entry(e, s.desk().records().optedOut(key)),
                            "moves",
                            moves.stream().map(OutreachJson::move).toList())));
                } else {
                    out.println(key + " (" + e.name() + "), now " + e.stage().id() + "; from " + e.source());
                    for (StageMove m : moves) {
                        out.printf(
                                Locale.ROOT,
                                "  %s  %-12s -> %-12s %s%s by %s%s%n",
                                m.at().toString().substring(0, 16).replace('T', ' '),
                                m.from() == null ? "(added)" : m.from().id(),
                                m.to().id(),
                                m.reason() == null ? "" : "(" + m.reason().id() + ") ",
                                m.terms() == null ? "" : "[" + m.terms().describe() + "] ",
                                m.author(),
                                m.note().isEmpty() ? "" : ": " + m.note());
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "agreements",
            mixinStandardHelpOptions = true,
            description = "The creators who said yes (agreed and later stages) with the agreed deliverable and price:"
                    + " what a campaign is built from.")
    static final class Agreements extends OutreachSubcommand implements Callable<Integer> {
        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = out();
            try (WorkspaceOption.Session s = open()) {
                List<Agreement> agreed = s.desk().pipeline().agreements();
                if (json) {
                    out.println(OutreachJson.write(Map.of(
                            "agreements",
                            agreed.stream().map(OutreachJson::agreement).toList())));
                } else if (agreed.isEmpty()) {
                    out.println("no creator has agreed yet");
                } else {
                    for (Agreement a : agreed) {
                        out.printf(
                                Locale.ROOT,
                                "%-36s %-11s %s (agreed %s)%n",
                                a.creator(),
                                a.stage().id(),
                                a.terms().describe(),
                                a.agreedAt().toString().substring(0, 10));
                    }
                }
            }
            out.flush();
            return 0;
        }
    }
}
