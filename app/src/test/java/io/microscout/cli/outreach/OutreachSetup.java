package io.microscout.cli.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.microscout.cli.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The outreach a test sets up before sending, through the CLI as a user would: the "intro" template (name, fit
 * reasons, offer, sender) and mail settings for an in-process SMTP server whose login password is in a file.
 */
public final class OutreachSetup {
    /** The intro template's body. */
    public static final String INTRO =
            "Hi {{name}},\nwe picked you because {{why}}.\nOffer: {{deliverable}} for {{price}}.\n{{sender}}";

    public static final String FROM = "ana@glow.test";
    public static final String SMTP_USER = "ana";
    public static final String SMTP_PASSWORD = "s3cret";

    private OutreachSetup() {}

    /** An in-process SMTP server (GreenMail) on a free port, with the login the mail settings use. */
    public static GreenMailExtension smtpServer() {
        return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(FROM, SMTP_USER, SMTP_PASSWORD));
    }

    /** Saves the template "intro" (subject "{{brand}} x {{name}}"); returns the body file. */
    public static Path introTemplate(CommandRun cli, Path dir) throws IOException {
        Path body = Files.writeString(dir.resolve("intro.txt"), INTRO);
        assertThat(cli.run(
                        new OutreachCommand(),
                        "templates",
                        "--save",
                        "intro",
                        "--subject",
                        "{{brand}} x {{name}}",
                        "--body-file",
                        body.toString()))
                .as(cli.both())
                .isZero();
        return body;
    }

    /** Mail settings for the SMTP server on this loopback port, at most this many mails a day. */
    public static void mailSettings(CommandRun cli, Path dir, int port, int dailyLimit) throws IOException {
        Path password = Files.writeString(dir.resolve("smtp-password"), SMTP_PASSWORD + "\n");
        assertThat(cli.run(
                        new OutreachCommand(),
                        "mail-settings",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        Integer.toString(port),
                        "--tls",
                        "none",
                        "--user",
                        SMTP_USER,
                        "--password-from",
                        "file:" + password,
                        "--from",
                        FROM,
                        "--sender",
                        "Ana from Glow",
                        "--daily-limit",
                        Integer.toString(dailyLimit)))
                .as(cli.both())
                .isZero();
    }
}
