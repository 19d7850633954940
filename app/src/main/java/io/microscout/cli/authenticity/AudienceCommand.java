package io.microscout.cli.authenticity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.microscout.app.MicroScout;
import io.microscout.authenticity.AccountProfile;
import io.microscout.authenticity.AuthenticityInput;
import io.microscout.authenticity.AuthenticityScore;
import io.microscout.authenticity.AuthenticityScorer;
import io.microscout.authenticity.FollowerSample;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.followers.AccountProfilesCsv;
import io.microscout.models.AccountModelFile;
import io.microscout.store.StoreLocation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code microscout authenticity audience FILE --creator PLATFORM:HANDLE}: judges a follower sample. */
@Command(
        name = "audience",
        mixinStandardHelpOptions = true,
        description = {
            "Judge a creator's audience from a CSV sample of its followers (one row per follower, columns "
                    + "as for `authenticity classify`): share of real followers with its 95%% Wilson interval, mass "
                    + "followers, suspicious accounts, and the authenticity score this sample alone supports.",
            "With the catalog, `creator ... --json` combines it with the creator's engagement signals.",
            "When the home (--home, --db) holds a catalog with a calibration (`authenticity calibrate`), the share of"
                    + " fakes is corrected with your population's error rates; else with those measured out of source."
        })
public final class AudienceCommand implements Callable<Integer> {

    @Mixin
    AccountFileOptions accountFile = new AccountFileOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV of follower profiles.")
    Path file;

    @Option(
            names = "--creator",
            paramLabel = "PLATFORM:HANDLE",
            defaultValue = "instagram:unknown",
            description = "Whose followers these are (default: ${DEFAULT-VALUE}).")
    String creator;

    @Option(names = "--json", description = "Print the score as JSON.")
    boolean json;

    @Mixin
    CatalogOptions catalog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AccountProfilesCsv.Read read =
                accountFile.read(file, null, spec.commandLine().getErr());
        if (!read.problems().isEmpty()) {
            throw new IllegalArgumentException(read.problems().size() + " invalid value(s):\n  "
                    + read.problems().stream()
                            .limit(20)
                            .map(ImportProblem::toString)
                            .collect(Collectors.joining("\n  ")));
        }
        CreatorKey key = CreatorKey.parse(creator);
        List<AccountProfile> followers =
                read.rows().stream().map(AccountProfilesCsv.Row::profile).toList();
        Instant now = Instant.now();
        FollowerSample sample = new FollowerSample(key, now, file.getFileName().toString(), followers);
        AuthenticityInput input = new AuthenticityInput(
                Creator.builder(key).observedAt(now).build(), List.of(), List.of(), null, sample, List.of(), now);
        AuthenticityScore score;
        StoreLocation location = catalog.location();
        if (location.isEmbedded() && !Files.isRegularFile(StoreLocation.sqliteFile(location.home()))) {
            score = new AuthenticityScorer(AccountModelFile.shipped()).score(input); // no home: nothing to open
        } else {
            try (MicroScout app = catalog.open()) {
                score = new AuthenticityScorer(app.accountClassifier()).score(input);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(AuthenticityView.toJson(score, new ObjectMapper())));
        } else {
            AuthenticityView.toLines(score).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
