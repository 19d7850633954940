package io.microscout.cli.outreach;

import io.microscout.cli.common.UserException;
import io.microscout.outreach.MailSettings;
import io.microscout.outreach.MessageTemplate;
import io.microscout.outreach.Placeholder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Message templates and the workspace's mail settings. */
final class TemplateCommands {
    private TemplateCommands() {}

    @Command(
            name = "templates",
            mixinStandardHelpOptions = true,
            description = "List the workspace's message templates; with --save NAME store one (its placeholders are"
                    + " checked: an unknown one is refused by name); --show NAME prints one; --placeholders lists"
                    + " what a template may use.")
    static final class Templates extends OutreachSubcommand implements Callable<Integer> {
        @Option(names = "--save", paramLabel = "NAME", description = "store a template (replaces one of that name)")
        String save;

        @Option(names = "--subject", description = "with --save: the subject line")
        String subject;

        @Option(names = "--body-file", paramLabel = "FILE", description = "with --save: the body, a UTF-8 text file")
        Path bodyFile;

        @Option(names = "--show", paramLabel = "NAME", description = "print one template")
        String show;

        @Option(names = "--placeholders", description = "list the placeholders and what they hold")
        boolean placeholders;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = out();
            if (placeholders) {
                for (Placeholder p : Placeholder.values()) {
                    out.printf("{{%s}}  %s%n", p.id(), p.meaning());
                }
                out.flush();
                return 0;
            }
            MessageTemplate template = null;
            if (save != null) {
                if (subject == null || bodyFile == null) {
                    throw new UserException("--save needs --subject and --body-file");
                }
                if (!Files.isRegularFile(bodyFile)) {
                    throw new UserException("no file " + bodyFile);
                }
                template = new MessageTemplate(
                        save,
                        subject,
                        Files.readString(bodyFile, StandardCharsets.UTF_8).replace("\r\n", "\n"));
            }
            try (WorkspaceOption.Session s = open()) {
                if (template != null) {
                    s.desk().mailings().saveTemplate(template);
                    out.println("saved template '" + template.name() + "' (uses "
                            + template.uses().stream()
                                    .map(p -> "{{" + p.id() + "}}")
                                    .toList() + ")");
                } else if (show != null) {
                    MessageTemplate t = s.desk()
                            .mailings()
                            .template(show)
                            .orElseThrow(() -> new UserException("no template named '" + show + "'"));
                    out.println("Subject: " + t.subject());
                    out.println();
                    out.println(t.body());
                } else if (s.desk().mailings().templates().isEmpty()) {
                    out.println("no templates (save one: microscout outreach templates --save NAME --subject TEXT"
                            + " --body-file FILE)");
                } else {
                    s.desk().mailings().templates().forEach(t -> out.println(t.name() + "  " + t.subject()));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "mail-settings",
            mixinStandardHelpOptions = true,
            description =
                    "Show or set how this workspace sends mail. The SMTP password is never stored: --password-from"
                            + " names an environment variable (env:NAME) or a file (file:PATH) read when sending.")
    static final class MailSettingsCommand extends OutreachSubcommand implements Callable<Integer> {
        @Option(names = "--host", description = "SMTP server")
        String host;

        @Option(names = "--port", description = "SMTP port (587 with starttls, 465 with ssl)")
        Integer port;

        @Option(names = "--tls", description = "none, starttls or ssl (default starttls)")
        String tls;

        @Option(names = "--user", description = "SMTP user name (none: no login)")
        String user;

        @Option(names = "--password-from", paramLabel = "env:NAME|file:PATH", description = "where the password is")
        String passwordFrom;

        @Option(names = "--from", paramLabel = "ADDRESS", description = "the sender's address")
        String from;

        @Option(names = "--sender", paramLabel = "NAME", description = "the sender's name ({{sender}})")
        String sender;

        @Option(names = "--daily-limit", description = "most messages per UTC day (default 30)")
        Integer dailyLimit;

        @Override
        public Integer call() {
            PrintWriter out = out();
            try (WorkspaceOption.Session s = open()) {
                if (host != null || from != null) {
                    if (host == null || from == null) {
                        throw new UserException("setting the mail settings needs at least --host and --from");
                    }
                    MailSettings.Tls t = MailSettings.Tls.parse(tls == null ? "starttls" : tls);
                    s.desk()
                            .mailings()
                            .saveSettings(new MailSettings(
                                    host,
                                    port != null
                                            ? port
                                            : t == MailSettings.Tls.SSL ? 465 : t == MailSettings.Tls.NONE ? 25 : 587,
                                    t,
                                    user,
                                    passwordFrom,
                                    from,
                                    sender,
                                    dailyLimit == null ? MailSettings.DEFAULT_DAILY_LIMIT : dailyLimit));
                }
                MailSettings m = s.desk()
                        .mailings()
                        .settings()
                        .orElseThrow(() -> new UserException("no mail settings yet (set them: microscout outreach "
                                + "mail-settings --host HOST --from ADDRESS ...)"));
                out.printf(
                        "host %s:%d, tls %s, user %s, password from %s, from %s <%s>, at most %d messages a day%n",
                        m.host(),
                        m.port(),
                        m.tls().name().toLowerCase(java.util.Locale.ROOT),
                        m.user() == null ? "(none)" : m.user(),
                        m.passwordFrom().isEmpty() ? "(none)" : m.passwordFrom(),
                        m.senderName(),
                        m.fromAddress(),
                        m.dailyLimit());
            }
            out.flush();
            return 0;
        }
    }
}
