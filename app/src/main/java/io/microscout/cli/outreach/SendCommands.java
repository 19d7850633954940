package io.microscout.cli.outreach;

import io.microscout.brief.Brief;
import io.microscout.brieffile.BriefFiles;
import io.microscout.cli.common.CsvWriter;
import io.microscout.cli.common.UserException;
import io.microscout.creator.CreatorKey;
import io.microscout.outreach.MailSettings;
import io.microscout.outreach.MessageTemplate;
import io.microscout.outreach.Outbox;
import io.microscout.outreach.OutgoingMail;
import io.microscout.outreach.OutreachEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Sending over SMTP and the mail-merge export. */
public final class SendCommands {
    private SendCommands() {}

    /** The brand and product a message names come from the brief; the sender from the mail settings. */
    static Outbox.Facts facts(Path briefFile, MailSettings settings) throws IOException {
        Brief b = briefFile == null ? null : BriefFiles.read(briefFile);
        return new Outbox.Facts(
                b == null ? null : b.brand(),
                b == null ? null : b.product(),
                settings == null ? null : settings.senderName());
    }

    static MessageTemplate template(WorkspaceOption.Session s, String name) {
        return s.desk()
                .mailings()
                .template(name)
                .orElseThrow(() -> new UserException(
                        "no template named '" + name + "' (see: microscout outreach " + "templates)"));
    }

    @Command(
            name = "send",
            mixinStandardHelpOptions = true,
            description = "Mail the shortlisted creators (or those named) from a template over the workspace's SMTP"
                    + " server, within its daily limit; opted-out creators are never mailed. A sent message moves"
                    + " the creator to contacted. --dry-run prints what would go and sends nothing.")
    static final class Send extends OutreachSubcommand implements Callable<Integer> {
        @Option(names = "--template", required = true, paramLabel = "NAME")
        String template;

        @Option(names = "--brief", paramLabel = "FILE", description = "the brief ({{brand}}, {{brief}})")
        Path brief;

        @Parameters(arity = "0..*", paramLabel = "PLATFORM:HANDLE", description = "only these creators")
        List<String> creators = List.of();

        @Option(names = "--dry-run", description = "show the messages; send nothing")
        boolean dryRun;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = out();
            try (WorkspaceOption.Session s = open()) {
                MailSettings settings = s.desk().mailings().settings().orElse(null);
                if (settings == null && !dryRun) {
                    throw new UserException("no mail settings in this workspace (set them: microscout outreach "
                            + "mail-settings --host HOST --from ADDRESS ...)");
                }
                Outbox outbox = s.desk().outbox();
                Outbox.Batch batch = outbox.prepare(
                        template(s, template),
                        facts(brief, settings),
                        creators.stream().map(CreatorKey::parse).toList(),
                        settings == null ? MailSettings.DEFAULT_DAILY_LIMIT : settings.dailyLimit());
                if (!dryRun) {
                    batch = outbox.send(batch, s.desk().sender(), settings, WorkspaceOption.author());
                }
                for (OutgoingMail m : batch.mails()) {
                    out.println((dryRun ? "would send to " : "sent to ") + m.to() + " (" + m.creator() + ")");
                    if (dryRun) {
                        out.println("  Subject: " + m.subject());
                        m.body().lines().forEach(l -> out.println("  " + l));
                    }
                }
                batch.skipped().forEach(k -> out.println("skipped " + k.creator() + ": " + k.reason()));
                out.printf(
                        Locale.ROOT,
                        "%d %s; %d sent today of a daily limit of %d%n",
                        batch.mails().size(),
                        dryRun ? "would be sent" : "sent",
                        batch.sentToday(),
                        batch.dailyLimit());
                out.flush();
                return batch.skipped().stream().anyMatch(k -> k.reason().startsWith("FAILED")) ? 1 : 0;
            }
        }
    }

    @Command(
            name = "mailmerge",
            mixinStandardHelpOptions = true,
            description = "Export the messages as CSV for a mail merge in your own mail tool (shortlisted creators, or"
                    + " those named; opted-out creators left out). Cells that a spreadsheet would run as a formula"
                    + " are neutralised.")
    public static final class MailMerge extends OutreachSubcommand implements Callable<Integer> {
        @Option(names = "--template", required = true, paramLabel = "NAME")
        String template;

        @Option(names = "--brief", paramLabel = "FILE", description = "the brief ({{brand}}, {{brief}})")
        Path brief;

        @Option(names = "--csv", required = true, description = "CSV (the only format)")
        boolean csv;

        @Option(names = "--out", paramLabel = "FILE", description = "write here (default: standard output)")
        Path outFile;

        @Parameters(arity = "0..*", paramLabel = "PLATFORM:HANDLE", description = "only these creators")
        List<String> creators = List.of();

        @Override
        public Integer call() throws IOException {
            List<Outbox.MergeRow> rows;
            try (WorkspaceOption.Session s = open()) {
                rows = s.desk()
                        .outbox()
                        .mailMerge(
                                template(s, template),
                                facts(brief, s.desk().mailings().settings().orElse(null)),
                                creators.stream().map(CreatorKey::parse).toList());
            }
            if (outFile == null) {
                write(rows, spec.commandLine().getOut());
                spec.commandLine().getOut().flush();
            } else {
                try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                    write(rows, w);
                }
                spec.commandLine().getOut().println("wrote " + rows.size() + " messages to " + outFile);
            }
            return 0;
        }

        /** The mail-merge CSV (the server's export writes the same). */
        public static void write(List<Outbox.MergeRow> rows, Appendable out) throws IOException {
            CsvWriter p = CsvWriter.of(
                    out,
                    List.of("platform", "handle", "name", "email", "stage", "deliverable", "price", "subject", "body"));
            for (Outbox.MergeRow r : rows) {
                OutreachEntry e = r.entry();
                Map<String, Object> offer = OutreachJson.offer(e.offer());
                p.row(List.of(
                        e.creator().platform().id(),
                        e.creator().handle(),
                        e.name(),
                        e.email() == null ? "" : e.email(),
                        e.stage().id(),
                        offer == null ? "" : offer.get("deliverable"),
                        offer == null
                                ? ""
                                : String.format(Locale.ROOT, "%.2f", e.offer().price()),
                        r.message().subject(),
                        r.message().body()));
            }
            p.flush();
        }
    }
}
