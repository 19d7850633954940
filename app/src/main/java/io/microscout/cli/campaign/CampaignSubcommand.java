package io.microscout.cli.campaign;

import io.microscout.app.CampaignService;
import io.microscout.app.MicroScout;
import io.microscout.campaign.Campaign;
import io.microscout.campaign.CampaignCreator;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.UserException;
import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every campaign subcommand has: the catalog's options, its terminal, and the home's campaigns (the CLI's own
 * workspace, 0) opened for one piece of work; a service's refusal becomes a user error.
 */
abstract class CampaignSubcommand {
    @Mixin
    CatalogOptions catalog;

    @Spec
    CommandSpec spec;

    /** Does the work on the home's campaigns and closes them. */
    <T> T run(Function<CampaignService, T> work) {
        try (MicroScout app = catalog.open()) {
            return work.apply(new CampaignService(app, 0));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** The campaign of this name (a user error when there is none). */
    Campaign campaign(String name) {
        return run(s -> s.campaign(name));
    }

    /** Prints to the command's output and flushes; exit code 0. */
    int print(Consumer<PrintWriter> what) {
        PrintWriter out = spec.commandLine().getOut();
        what.accept(out);
        out.flush();
        return 0;
    }

    /** A subcommand about one campaign, named first. */
    abstract static class Named extends CampaignSubcommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        Campaign campaign() {
            return campaign(name);
        }

        /** The campaign's creators as CSV: platform, handle, then what {@code rest} gives for each. */
        int perCreator(String moreColumns, Function<CampaignCreator, String> rest) {
            Campaign c = campaign();
            return print(out -> {
                out.println("platform,handle," + moreColumns);
                c.creators()
                        .forEach(cc -> out.println(cc.creator().platform().id() + ","
                                + cc.creator().handle() + "," + rest.apply(cc)));
            });
        }
    }
}
