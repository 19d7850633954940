package io.microscout.cli.campaign;

import io.microscout.campaign.DisclosureDetector;
import io.microscout.campaign.PostedItem;
import io.microscout.cli.common.UserException;
import io.microscout.creator.CreatorKey;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code campaign posts add NAME --creator P:H --url URL --text ... --impressions N --engagements N}. */
@Command(
        name = "posts",
        mixinStandardHelpOptions = true,
        description = "Posted content of a campaign and its metrics.",
        subcommands = CampaignPostsCommand.Add.class)
public final class CampaignPostsCommand implements Runnable {
    @Override
    public void run() {
        throw new UserException("use: microscout campaign posts add NAME --creator PLATFORM:HANDLE --url URL ...");
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Record a posted item (or update its metrics: the URL identifies it) and check its text "
                    + "for a sponsorship disclosure.")
    static final class Add extends CampaignSubcommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String campaign;

        @Option(names = "--creator", required = true, paramLabel = "PLATFORM:HANDLE")
        String creator;

        @Option(names = "--url", required = true)
        String url;

        @Option(names = "--text", description = "the caption or video description", defaultValue = "")
        String text;

        @Option(names = "--posted-at", paramLabel = "ISO_TIME", description = "e.g. 2026-11-05T18:00:00Z")
        String postedAt;

        @Option(names = "--impressions")
        Long impressions;

        @Option(names = "--engagements", description = "likes + comments (+ shares, saves)")
        Long engagements;

        @Option(names = "--organic", description = "not a paid item (no disclosure needed)")
        boolean organic;

        @Override
        public Integer call() {
            PostedItem item;
            try {
                item = new PostedItem(
                        CreatorKey.parse(creator),
                        url,
                        postedAt == null ? null : Instant.parse(postedAt),
                        text,
                        impressions,
                        engagements,
                        !organic);
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                throw new UserException(e.getMessage());
            }
            run(s -> {
                s.recordPost(campaign, item);
                return null;
            });
            PrintWriter out = spec.commandLine().getOut();
            var finding = new DisclosureDetector().text(item.text());
            out.println("recorded " + url
                    + (finding.isPresent()
                            ? " (disclosed: " + finding.get().kind() + ")"
                            : item.sponsored()
                                    ? " — NO DISCLOSURE found: a paid post must say so (#ad, \"paid " + "partnership\")"
                                    : ""));
            out.flush();
            return 0;
        }
    }
}
