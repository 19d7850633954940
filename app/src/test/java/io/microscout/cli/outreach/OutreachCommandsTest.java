package io.microscout.cli.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.microscout.cli.CommandRun;
import io.microscout.cli.planning.PlanCommand;
import io.microscout.cli.planning.SkincareCatalog;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's outreach on a small real catalog (SQLite home): a saved plan goes on the board, a template is sent
 * through an in-process SMTP server (GreenMail, on a free port, with a login whose password comes from a file) within
 * the daily limit and past an opt-out, an agreement is recorded, and the likelihood and mail merge read it all.
 */
class OutreachCommandsTest {
    private static final String BRIEF = "examples/brief-vegan-skincare.yaml";

    @RegisterExtension
    static final GreenMailExtension SMTP = OutreachSetup.smtpServer();

    @TempDir
    Path home;

    private SkincareCatalog catalog;
    private CommandRun cli;
    private String out;
    private String err;

    @BeforeEach
    void catalog() {
        catalog = new SkincareCatalog(home);
        cli = new CommandRun(home);
    }

    private int run(Object command, String... args) {
        int code = cli.run(command, args);
        out = cli.out();
        err = cli.err();
        return code;
    }

    private int outreach(String... args) {
        return run(new OutreachCommand(), args);
    }

    private List<String> board() {
        try {
            return board("shortlisted");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> board(String stage) throws Exception {
        assertThat(outreach("board", "--json")).isZero();
        List<String> handles = new ArrayList<>();
        new ObjectMapper()
                .readTree(out)
                .get("stages")
                .get(stage)
                .forEach(e -> handles.add(e.get("handle").asText()));
        return handles;
    }

    @Test
    void aPlanGoesOnTheBoardAMailArrivesAndTheAgreementIsReadBack() throws Exception {
        assertThat(run(new PlanCommand(catalog.backends()), "--brief", BRIEF, "--budget", "1500", "--save", "p1"))
                .isZero();
        assertThat(outreach("add", "--plan", "p1")).as(err).isZero();
        assertThat(board("shortlisted")).hasSizeGreaterThanOrEqualTo(2);
        String extra = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> "glow" + i)
                .filter(h -> !board().contains(h))
                .findFirst()
                .orElseThrow();
        assertThat(outreach(
                        "add",
                        "instagram:" + extra,
                        "--deliverable",
                        "instagram-post",
                        "--price",
                        "120",
                        "--why",
                        "you post vegan routines"))
                .isZero();
        assertThat(outreach("add", "--plan", "p1")).isZero();
        assertThat(out).contains("added 0 creators").contains("already on the board");
        List<String> shortlisted = board("shortlisted");
        String first = "instagram:" + shortlisted.get(0);
        String second = "instagram:" + shortlisted.get(1);
        String third = "instagram:" + shortlisted.get(2);
        for (String c : List.of(first, second, third)) {
            assertThat(outreach("email", c, c.substring(10) + "@creators.test")).isZero();
        }
        assertThat(outreach("optout", second, "--note", "replied unsubscribe")).isZero();
        Path body = OutreachSetup.introTemplate(cli, home);
        OutreachSetup.mailSettings(cli, home, SMTP.getSmtp().getPort(), 1);

        assertThat(outreach("send", "--template", "intro", "--brief", BRIEF, "--dry-run"))
                .isZero();
        assertThat(out).contains("would send to " + first.substring(10) + "@creators.test");
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        assertThat(outreach("send", "--template", "intro", "--brief", BRIEF))
                .as(out + err)
                .isZero();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo(first.substring(10) + "@creators.test");
        String text = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(text)
                .startsWith("Hi ")
                .contains("we picked you because micro beauty creator (US, ")
                .contains("Offer: Instagram")
                .contains("Ana from Glow")
                .contains("reply with \"unsubscribe\"");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<mailto:ana@glow.test?subject=unsubscribe>");
        assertThat(out)
                .contains("skipped " + second + ": opted out")
                .contains("skipped " + third + ": the daily limit of 1");
        assertThat(board("contacted")).containsExactly(first.substring(10));

        assertThat(outreach("send", "--template", "intro", "--brief", BRIEF)).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);

        assertThat(outreach("move", first, "--to", "paid")).isEqualTo(2);
        assertThat(err).contains("cannot move to paid");
        assertThat(outreach("move", second, "--to", "contacted")).isEqualTo(2);
        assertThat(err).contains("opted out");
        assertThat(outreach("likelihood", "--json")).isZero();
        assertThat(run(new LikelihoodCommands.Likelihood(catalog.backends()), "--brief", BRIEF, "--json"))
                .as(err)
                .isZero();
        JsonNode likelihoods = new ObjectMapper().readTree(out).get("likelihoods");
        assertThat(likelihoods.size()).isEqualTo(shortlisted.size());
        JsonNode one = likelihoods.get(0);
        assertThat(one.get("estimate").asBoolean()).isTrue();
        assertThat(one.get("likelihood").asDouble()).isBetween(0.0, 1.0);
        assertThat(one.get("reasons").toString()).contains("offer_vs_rate").contains("values_clash");

        assertThat(outreach(
                        "move",
                        first,
                        "--to",
                        "agreed",
                        "--deliverable",
                        "instagram-reel",
                        "--price",
                        "400",
                        "--note",
                        "yes at $400"))
                .as(err)
                .isZero();
        assertThat(outreach("agreements", "--json")).isZero();
        JsonNode agreed = new ObjectMapper().readTree(out).get("agreements");
        assertThat(agreed).hasSize(1);
        assertThat(agreed.get(0).get("handle").asText()).isEqualTo(first.substring(10));
        assertThat(agreed.get(0).get("price").asDouble()).isEqualTo(400);
        assertThat(outreach("history", first)).isZero();
        assertThat(out)
                .contains("contacted    -> agreed")
                .contains("yes at $400")
                .contains("mail sent:");
        assertThat(outreach("calibration", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out).get("outcomes").asInt()).isEqualTo(1);

        assertThat(outreach(
                        "templates",
                        "--save",
                        "evil",
                        "--subject",
                        "=HYPERLINK(\"x\")",
                        "--body-file",
                        body.toString()))
                .isZero();
        assertThat(outreach("mailmerge", "--template", "evil", "--csv")).as(err).isZero();
        assertThat(out)
                .startsWith("platform,handle,name,email,stage,deliverable,price,subject,body")
                .contains("'=HYPERLINK")
                .doesNotContain(second.substring(10) + "@creators.test");
    }

    @Test
    void anUnknownPlaceholderIsRefusedByNameAndNothingIsStored() throws Exception {
        Path body = Files.writeString(home.resolve("t.txt"), "Hi {{name}}, {{discount_code}}");
        assertThat(outreach("templates", "--save", "t", "--subject", "Hi", "--body-file", body.toString()))
                .isEqualTo(2);
        assertThat(err).contains("unknown placeholder {{discount_code}}");
        assertThat(outreach("templates")).isZero();
        assertThat(out).startsWith("no templates");
    }
}
