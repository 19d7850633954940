package io.microscout.cli.planning;

import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.UserException;
import io.microscout.creator.CreatorKey;
import io.microscout.pricing.Deliverable;
import io.microscout.pricing.Money;
import io.microscout.pricing.Quote;
import io.microscout.store.planning.JdbiQuotes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code microscout quote}: records the price a creator quoted; it overrides the estimate in prices and plans. */
@Command(
        name = "quote",
        mixinStandardHelpOptions = true,
        description = "Record the price a creator quoted for a deliverable (US dollars). The latest valid quote "
                + "overrides the rate-card estimate everywhere (plan, compare).")
public final class QuoteCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLATFORM:HANDLE", description = "The creator, e.g. instagram:greenglow.")
    String creator;

    @Option(
            names = "--deliverable",
            required = true,
            paramLabel = "D",
            description =
                    "What is quoted, e.g. instagram-post, instagram-reel, instagram-story, tiktok-video, youtube-video.")
    String deliverable;

    @Option(names = "--price", required = true, paramLabel = "P", description = "The quoted price in US dollars.")
    double price;

    @Option(
            names = "--valid-until",
            paramLabel = "DATE",
            description = "Last day the quote holds (YYYY-MM-DD); default: until a newer one.")
    String validUntil;

    @Option(names = "--note", description = "A note kept with the quote (e.g. 'incl. usage rights 30 days').")
    String note;

    @Mixin
    CatalogOptions catalog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CreatorKey key;
        Deliverable d;
        LocalDate until;
        try {
            key = CreatorKey.parse(creator);
            d = Deliverable.parse(deliverable);
            until = validUntil == null ? null : LocalDate.parse(validUntil);
        } catch (DateTimeParseException e) {
            throw new UserException("--valid-until must be a date YYYY-MM-DD, got '" + validUntil + "'");
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage() + " (deliverables: "
                    + Arrays.stream(Deliverable.values()).map(Deliverable::id).collect(Collectors.joining(", ")) + ")");
        }
        try (MicroScout app = catalog.open()) {
            if (app.catalog().creator(key).isEmpty()) {
                throw new UserException("no creator " + key + " in the catalog "
                        + app.location().describe());
            }
            if (until != null && until.isBefore(LocalDate.now(app.clock().withZone(java.time.ZoneOffset.UTC)))) {
                throw new UserException("--valid-until " + until + " is already past");
            }
            Quote q = new Quote(key, d, price, app.clock().instant(), note);
            new JdbiQuotes(app.store().jdbi(), app.clock()).record(q, until);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "recorded: %s %s at %s%s; it overrides the estimate in plans%n",
                            key, d.label(), Money.format(price), until == null ? "" : " until " + until);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
