package io.microscout.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.microscout.app.MicroScout;
import io.microscout.app.Settings;
import io.microscout.campaign.Band;
import io.microscout.cli.CommandRun;
import io.microscout.cli.campaign.CampaignCommand;
import io.microscout.cli.campaign.CampaignText;
import io.microscout.cli.outreach.OutreachCommand;
import io.microscout.cli.outreach.OutreachSetup;
import io.microscout.cli.planning.PlanCommand;
import io.microscout.cli.planning.SkincareCatalog;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.Money;
import io.microscout.store.StoreLocation;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole journey of issue 13 as a user runs it, in one test, on a small real catalog (SQLite home; the skincare
 * creators of {@link SkincareCatalog}): {@code plan --save} -> {@code outreach add --plan} -> {@code outreach send}
 * through SMTP, the mail arriving at an in-process GreenMail server -> the reply and the agreement recorded ->
 * {@code campaign create --from-outreach} with codes and links -> clicks through the server's real redirect over
 * HTTP -> orders imported from a Shopify-format and a WooCommerce-format file (written by the test from the
 * documented columns, {@link OrderExports}) -> {@code campaign report}: the realised ROI against the forecast's band.
 * The README's tour runs the same commands.
 */
class JourneyTest {
    private static final String BRIEF = "examples/brief-vegan-skincare.yaml";
    private static final String CAMPAIGN = "Spring Launch";

    @RegisterExtension
    static final GreenMailExtension SMTP = OutreachSetup.smtpServer();

    @TempDir
    Path home;

    @TempDir
    Path files;

    private SkincareCatalog catalog;
    private CommandRun cli;
    private MicroScout serving;
    private WebServer server;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void catalogAndServer() {
        catalog = new SkincareCatalog(home);
        cli = new CommandRun(home);
        // `microscout serve` on the same home: it serves the tracking links while the CLI works beside it
        serving = MicroScout.open(StoreLocation.sqlite(home), Settings.load(home, null, null), Clock.systemUTC());
        server = WebServer.start(serving, new WebServer.Options("127.0.0.1", 0, false));
    }

    @AfterEach
    void stop() {
        server.close();
        serving.close();
    }

    private JsonNode json(Object command, String... args) throws Exception {
        assertThat(cli.run(command, args)).as(cli.both()).isZero();
        return WebServer.JSON.readTree(cli.out());
    }

    private void ok(Object command, String... args) {
        assertThat(cli.run(command, args)).as(cli.both()).isZero();
    }

    @Test
    void planOutreachMailAgreementCampaignClicksOrdersAndTheRealisedReturnAgainstTheForecast() throws Exception {
        // plan, saved
        JsonNode plan = json(
                new PlanCommand(catalog.backends()),
                "--brief",
                BRIEF,
                "--budget",
                "1500",
                "--save",
                "launch",
                "--json");
        JsonNode planned = plan.get("selections");
        Map<String, JsonNode> byHandle = new HashMap<>();
        planned.forEach(s -> byHandle.putIfAbsent(s.get("handle").asText(), s));
        assertThat(byHandle).hasSizeGreaterThanOrEqualTo(2);
        List<String> handles = byHandle.keySet().stream().sorted().toList();
        String a = handles.get(0), b = handles.get(1);
        assertThat(planned.get(0).get("acceptance").get("estimate").asBoolean()).isTrue();
        assertThat(planned.get(0).get("acceptance").get("likelihood").asDouble())
                .isBetween(0.0, 1.0);

        // outreach from that plan (and one more creator as a shortlist), a mail through SMTP
        ok(new OutreachCommand(), "add", "--plan", "launch");
        String c = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> "glow" + i)
                .filter(h -> !byHandle.containsKey(h))
                .findFirst()
                .orElseThrow();
        ok(
                new OutreachCommand(),
                "add",
                "instagram:" + c,
                "--deliverable",
                "instagram-post",
                "--price",
                "120",
                "--why",
                "you post vegan routines");
        for (String h : List.of(a, b, c)) {
            ok(new OutreachCommand(), "email", "instagram:" + h, h + "@creators.test");
        }
        OutreachSetup.introTemplate(cli, files);
        OutreachSetup.mailSettings(cli, files, SMTP.getSmtp().getPort(), 10);
        ok(new OutreachCommand(), "send", "--template", "intro", "--brief", BRIEF, "instagram:" + a);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(a + "@creators.test");
        JsonNode offerA = byHandle.get(a);
        String reason = offerA.get("reason").asText();
        String why = reason.split("[;.]", 2)[0].trim();
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .startsWith("Hi " + a + ",\n") // the catalog's display name
                .contains("we picked you because " + why + ".")
                .contains("Offer: "
                        + Deliverable.parse(offerA.get("deliverable").asText()).label() + " for "
                        + Money.cents(Money.toCents(offerA.get("price").asDouble())))
                .contains("Ana from Glow");
        ok(new OutreachCommand(), "send", "--template", "intro", "--brief", BRIEF, "instagram:" + b, "instagram:" + c);
        assertThat(SMTP.getReceivedMessages()).hasSize(3);

        // the replies and the agreements, recorded
        ok(new OutreachCommand(), "move", "instagram:" + a, "--to", "replied", "--note", "interested");
        ok(
                new OutreachCommand(),
                "move",
                "instagram:" + a,
                "--to",
                "agreed",
                "--deliverable",
                "instagram-reel",
                "--price",
                "400",
                "--note",
                "yes at $400");
        ok(new OutreachCommand(), "move", "instagram:" + b, "--to", "negotiating", "--note", "asks for more");
        ok(
                new OutreachCommand(),
                "move",
                "instagram:" + b,
                "--to",
                "agreed",
                "--deliverable",
                "instagram-post",
                "--price",
                "250");
        ok(new OutreachCommand(), "move", "instagram:" + c, "--to", "declined", "--reason", "values");

        // the campaign from the agreements, with codes and links on the server
        JsonNode campaign = json(
                new CampaignCommand(),
                "create",
                CAMPAIGN,
                "--from-outreach",
                "--landing",
                "https://shop.example/serum",
                "--base-url",
                server.url(),
                "--json");
        Map<String, JsonNode> creators = new HashMap<>();
        campaign.get("creators").forEach(n -> creators.put(n.get("handle").asText(), n));
        assertThat(creators).containsOnlyKeys(a, b);
        JsonNode ca = creators.get(a), cb = creators.get(b);
        assertThat(ca.get("promoCode").asText())
                .isNotEqualTo(cb.get("promoCode").asText());

        ok(new CampaignCommand(), "codes", CAMPAIGN);
        assertThat(cli.out())
                .startsWith("platform,handle,promo_code")
                .contains("instagram," + a + "," + ca.get("promoCode").asText());
        ok(new CampaignCommand(), "links", CAMPAIGN, "--base-url", server.url());
        assertThat(cli.out())
                .startsWith("platform,handle,link,destination")
                .contains("instagram," + b + "," + cb.get("link").asText() + ","
                        + cb.get("destination").asText());

        // clicks through the real redirect
        for (int i = 0; i < 3; i++) {
            assertThat(click(ca)).isEqualTo(ca.get("destination").asText());
        }
        assertThat(click(cb)).contains("utm_campaign=spring-launch", "utm_content=" + b, "utm_medium=influencer");

        // orders from the shop's exports
        OrderExports exports = new OrderExports(ca, cb, campaign.get("slug").asText());
        Path shopify = Files.writeString(files.resolve("orders_export.csv"), exports.shopify());
        Path woo = Files.writeString(files.resolve("wc-orders.csv"), exports.woocommerce());
        for (var file : Map.of(shopify, "shopify", woo, "woocommerce").entrySet()) {
            ok(
                    new CampaignCommand(),
                    "orders",
                    "import",
                    file.getKey().toString(),
                    "--campaign",
                    CAMPAIGN,
                    "--format",
                    file.getValue());
        }

        // the realised return against the forecast
        JsonNode report = json(new CampaignCommand(), "report", CAMPAIGN, "--json");
        Map<String, JsonNode> realised = new HashMap<>();
        report.get("creators").forEach(n -> realised.put(n.get("label").asText().split(" ")[0], n.get("realised")));
        assertThat(realised.get("instagram:" + a).get("clicks").asInt()).isEqualTo(3);
        assertThat(realised.get("instagram:" + b).get("clicks").asInt()).isEqualTo(1);
        assertThat(realised.get("instagram:" + a).get("revenue").asDouble())
                .isCloseTo(OrderExports.REVENUE_A, within(1e-9));
        assertThat(realised.get("instagram:" + b).get("revenue").asDouble())
                .isCloseTo(OrderExports.REVENUE_B, within(1e-9));
        JsonNode total = report.get("total");
        assertThat(total.get("realised").get("cost").asDouble()).isEqualTo(650.0);
        double revenue = OrderExports.REVENUE_A + OrderExports.REVENUE_B;
        double roi = total.get("realised").get("roi").asDouble();
        assertThat(roi).isCloseTo((revenue - 650) / 650, within(1e-9));
        JsonNode band = total.get("forecast").get("roi");
        Interval forecast = new Interval(
                band.get("p10").asDouble(),
                band.get("p50").asDouble(),
                band.get("p90").asDouble());
        assertThat(band.get("band").asText())
                .as("the realised ROI %.3f against the forecast's P10-P90 %s", roi, forecast)
                .isEqualTo(Band.of(roi, forecast).label())
                .isIn(Band.INSIDE.label(), Band.BELOW.label(), Band.ABOVE.label());

        // the same report as a PDF, opened and read back
        Path pdf = files.resolve("report.pdf");
        ok(new CampaignCommand(), "report", CAMPAIGN, "--pdf", pdf.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Campaign " + CAMPAIGN + ": realised against the forecast")
                    .contains("revenue " + CampaignText.value(Figure.REVENUE, OrderExports.REVENUE_A))
                    .contains("revenue " + CampaignText.value(Figure.REVENUE, OrderExports.REVENUE_B))
                    .contains(CampaignText.value(Figure.ROI, roi))
                    .contains(band.get("band").asText());
        }
    }

    /** A click on a creator's tracking link; returns where the redirect forwards. */
    private String click(JsonNode creator) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(creator.get("link").asText()))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow();
    }
}
