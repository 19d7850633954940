package io.microscout.cli.campaign;

import io.microscout.app.CampaignService;
import io.microscout.cli.common.UserException;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.orders.OrderFormat;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code campaign orders import FILE --campaign NAME --format shopify|woocommerce|csv [--map ...]}. */
@Command(
        name = "orders",
        mixinStandardHelpOptions = true,
        description = "Orders of a campaign's shop.",
        subcommands = CampaignOrdersCommand.Import.class)
public final class CampaignOrdersCommand implements Runnable {
    @Override
    public void run() {
        throw new UserException("use: microscout campaign orders import FILE --campaign NAME --format FORMAT");
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Import a shop's order export into a campaign, in one transaction: with any bad row nothing is stored"
                        + " (exit 2) unless --skip-invalid; importing the same file again adds nothing.",
                "The buyer's e-mail, name and address are never read."
            })
    static final class Import extends CampaignSubcommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--campaign", required = true, paramLabel = "NAME")
        String campaign;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "shopify, woocommerce or csv")
        String format;

        @Option(
                names = "--map",
                split = ",",
                paramLabel = "FIELD=COLUMN",
                description = "columns of a csv file: order, total, created (required); code, status, utm_source, "
                        + "utm_medium, utm_campaign, utm_content")
        Map<String, String> map = new LinkedHashMap<>();

        @Option(names = "--skip-invalid", description = "store the good orders and list the bad rows")
        boolean skipInvalid;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new UserException("no such file: " + file);
            }
            OrderFormat f;
            try {
                f = OrderFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new UserException("--format: " + e.getMessage());
            }
            CampaignService.OrderImport r = run(s -> {
                try {
                    return s.importOrders(campaign, file, f, map, skipInvalid);
                } catch (java.io.IOException e) {
                    throw new UserException("cannot read " + file + ": " + e.getMessage());
                }
            });
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            for (ImportProblem p : r.problems()) {
                err.println(p);
            }
            if (!r.stored()) {
                err.printf(
                        Locale.ROOT,
                        "%s: %d problem(s); nothing stored (fix them, or --skip-invalid to store "
                                + "the %d good order(s))%n",
                        file.getFileName(),
                        r.problems().size(),
                        r.read());
                err.flush();
                return 2;
            }
            out.printf(
                    Locale.ROOT,
                    "%s: %d order(s) read, %d new, %d already imported%s%n",
                    file.getFileName(),
                    r.read(),
                    r.added(),
                    r.read() - r.added(),
                    r.problems().isEmpty() ? "" : ", " + r.problems().size() + " bad row(s) skipped");
            out.flush();
            err.flush();
            return 0;
        }
    }
}
