package io.microscout.cli.campaign;

import io.microscout.campaign.Agreement;
import io.microscout.campaign.Campaign;
import io.microscout.campaign.CampaignCreator;
import io.microscout.campaign.CampaignDeliverable;
import io.microscout.campaign.TrackingLinks;
import io.microscout.cli.common.UserException;
import io.microscout.pricing.Money;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code microscout campaign ...}: campaigns of the home (the CLI's own workspace). */
@Command(
        name = "campaign",
        mixinStandardHelpOptions = true,
        description = "Run a campaign after the plan: promo codes and tracking links per creator, orders attributed,"
                + " posted items checked for a disclosure, and the realised return against the forecast.",
        subcommands = {
            CampaignCommand.Create.class,
            CampaignCommand.ListCampaigns.class,
            CampaignCommand.Show.class,
            CampaignCommand.Codes.class,
            CampaignCommand.Links.class,
            CampaignCommand.Status.class,
            CampaignOrdersCommand.class,
            CampaignPostsCommand.class,
            CampaignReportCommand.class
        })
public final class CampaignCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The public address the tracking links are served from ({@code microscout serve}). */
    static final class LinkBase {
        @Option(
                names = "--base-url",
                paramLabel = "URL",
                description = "the server's public address the links point to (default: $MICROSCOUT_PUBLIC_URL, "
                        + "else http://127.0.0.1:8080)")
        String baseUrl;

        String base() {
            if (baseUrl != null) {
                return baseUrl;
            }
            String env = System.getenv("MICROSCOUT_PUBLIC_URL");
            return env == null || env.isBlank() ? "http://127.0.0.1:8080" : env;
        }
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Create a campaign from a saved plan (its selections at the plan's prices) and/or agreements"
                    + " given as --creator PLATFORM:HANDLE,DELIVERABLE,PRICE[,DUE].")
    static final class Create extends CampaignSubcommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--from-plan", paramLabel = "PLAN", description = "a plan saved with plan --save")
        String plan;

        @Option(
                names = "--from-outreach",
                description = "the creators who said yes in outreach (agreed or later), at the agreed deliverable and"
                        + " price (docs/outreach.md)")
        boolean fromOutreach;

        @Option(
                names = "--creator",
                paramLabel = "AGREEMENT",
                description =
                        "PLATFORM:HANDLE,DELIVERABLE,PRICE[,DUE], e.g. instagram:zoe,instagram-reel,450,2026-12-20")
        List<String> creators = new ArrayList<>();

        @Option(names = "--landing", required = true, paramLabel = "URL", description = "the page the links open")
        String landing;

        @Option(names = "--aov", paramLabel = "DOLLARS", description = "average order value the forecast assumes")
        Double aov;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Mixin
        LinkBase links;

        @Override
        public Integer call() throws Exception {
            if (plan == null && creators.isEmpty() && !fromOutreach) {
                throw new UserException("give --from-plan PLAN, --from-outreach or at least one --creator AGREEMENT");
            }
            List<Agreement> agreements = new ArrayList<>();
            for (String c : creators) {
                try {
                    agreements.add(Agreement.parse(c));
                } catch (IllegalArgumentException e) {
                    throw new UserException("--creator: " + e.getMessage());
                }
            }
            Campaign c = run(s -> {
                List<Agreement> all = new ArrayList<>(agreements);
                if (fromOutreach) {
                    List<Agreement> yes = s.agreedInOutreach();
                    if (yes.isEmpty()) {
                        throw new UserException("no creator has agreed in outreach yet (outreach move CREATOR --to"
                                + " agreed --deliverable D --price P)");
                    }
                    all.addAll(yes);
                }
                return s.create(name, landing, plan, all, aov);
            });
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(CampaignHtml.JSON.writeValueAsString(CampaignDocument.campaign(c, links.base())));
            } else {
                out.printf(
                        Locale.ROOT,
                        "Created campaign '%s' with %d creator(s) and %d deliverable(s)%s%n",
                        c.name(),
                        c.creators().size(),
                        c.deliverables().size(),
                        c.planName() == null ? "" : " from plan " + c.planName());
                printLinks(out, c, links.base());
                out.println("Forecast: " + c.forecast().basis());
            }
            out.flush();
            return 0;
        }
    }

    static void printLinks(PrintWriter out, Campaign c, String base) {
        for (CampaignCreator cc : c.creators()) {
            out.printf(
                    Locale.ROOT,
                    "  %-36s code %-16s link %s%n",
                    cc.creator(),
                    cc.promoCode(),
                    TrackingLinks.link(base, cc.linkToken()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the campaigns, newest first.")
    static final class ListCampaigns extends CampaignSubcommand implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Mixin
        LinkBase links;

        @Override
        public Integer call() throws Exception {
            List<Campaign> all = run(s -> s.campaigns().list());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(CampaignHtml.JSON.writeValueAsString(all.stream()
                        .map(c -> CampaignDocument.campaign(c, links.base()))
                        .toList()));
            } else if (all.isEmpty()) {
                out.println("no campaigns (create one with: microscout campaign create NAME --from-plan PLAN "
                        + "--landing URL)");
            } else {
                for (Campaign c : all) {
                    out.printf(
                            Locale.ROOT,
                            "%-28s %-16s %2d creator(s)  %s%n",
                            c.name(),
                            c.createdAt().toString().substring(0, 10),
                            c.creators().size(),
                            c.planName() == null ? "" : "from plan " + c.planName());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Show a campaign: creators, codes, " + "links and deliverables.")
    static final class Show extends CampaignSubcommand.Named implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Mixin
        LinkBase links;

        @Override
        public Integer call() throws Exception {
            Campaign c = campaign(name);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(CampaignHtml.JSON.writeValueAsString(CampaignDocument.campaign(c, links.base())));
            } else {
                out.printf(Locale.ROOT, "Campaign %s (utm_campaign=%s) -> %s%n", c.name(), c.slug(), c.landingUrl());
                printLinks(out, c, links.base());
                out.println("Deliverables:");
                for (CampaignDeliverable d : c.deliverables()) {
                    out.printf(
                            Locale.ROOT,
                            "  #%d %-34s %-36s %10s due %-10s %s%n",
                            d.id(),
                            d.creator(),
                            d.format().label(),
                            Money.cents(d.priceCents()),
                            d.due() == null ? "-" : d.due(),
                            d.status().id());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "codes", mixinStandardHelpOptions = true, description = "Print each creator's promo code as CSV.")
    static final class Codes extends CampaignSubcommand.Named implements Callable<Integer> {
        @Override
        public Integer call() {
            return perCreator("promo_code", CampaignCreator::promoCode);
        }
    }

    @Command(
            name = "links",
            mixinStandardHelpOptions = true,
            description =
                    "Print each creator's tracking link and " + "where it forwards (with the UTM parameters) as CSV.")
    static final class Links extends CampaignSubcommand.Named implements Callable<Integer> {
        @Mixin
        LinkBase links;

        @Override
        public Integer call() {
            Campaign c = campaign();
            return perCreator(
                    "link,destination",
                    cc -> TrackingLinks.link(links.base(), cc.linkToken()) + ","
                            + TrackingLinks.destination(c.landingUrl(), c.slug(), cc.creator()));
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description =
                    "Set a deliverable's status (agreed, " + "posted, cancelled); its id is shown by campaign show.")
    static final class Status extends CampaignSubcommand.Named implements Callable<Integer> {
        @Parameters(index = "1", paramLabel = "DELIVERABLE_ID")
        long id;

        @Parameters(index = "2", paramLabel = "STATUS")
        String status;

        @Override
        public Integer call() {
            run(s -> {
                Campaign c = s.campaign(name);
                s.campaigns().setStatus(c.id(), id, CampaignDeliverable.Status.parse(status));
                return null;
            });
            return print(out -> out.printf("deliverable #%d of %s is %s%n", id, name, status));
        }
    }
}
