package io.microscout.cli.authenticity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.microscout.authenticity.AccountProfile;
import io.microscout.authenticity.AuthenticityInput;
import io.microscout.authenticity.AuthenticityScore;
import io.microscout.authenticity.AuthenticityScorer;
import io.microscout.authenticity.FollowerSample;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.accounts.AccountFileFormat;
import io.microscout.importer.followers.AccountProfilesCsv;
import io.microscout.models.AccountModelFile;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code microscout authenticity audience FILE --creator PLATFORM:HANDLE}: judges a follower sample. */
@Command(
        name = "audience",
        mixinStandardHelpOptions = true,
        description = {
            "Judge a creator's audience from a CSV sample of its followers (one row per follower, columns "
                    + "as for `authenticity classify`): share of real followers with its 95%% Wilson interval, mass "
                    + "followers, suspicious accounts, and the authenticity score this sample alone supports.",
            "With the catalog, `creator ... --json` combines it with the creator's engagement signals."
        })
public final class AudienceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV of follower profiles.")
    Path file;

    @Option(
            names = "--creator",
            paramLabel = "PLATFORM:HANDLE",
            defaultValue = "instagram:unknown",
            description = "Whose followers these are (default: ${DEFAULT-VALUE}).")
    String creator;

    @Option(names = "--map", split = ",", paramLabel = "OURS=THEIRS", description = "Column mapping, as for classify.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--encoding", defaultValue = "UTF-8", description = "File encoding (default: ${DEFAULT-VALUE}).")
    Charset encoding;

    @Option(
            names = "--format",
            defaultValue = "csv",
            description = "csv (MicroScout's columns, or --map), twitter (API v1.1 user objects), purba or parma.")
    String format;

    @Option(names = "--json", description = "Print the score as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AccountProfilesCsv.Read read = AccountFileFormat.parse(format).read(file, map, encoding, null);
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
        AuthenticityScore score = new AuthenticityScorer(AccountModelFile.shipped())
                .score(new AuthenticityInput(
                        Creator.builder(key).observedAt(now).build(),
                        List.of(),
                        List.of(),
                        null,
                        sample,
                        List.of(),
                        now));
        if (json) {
            System.out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(AuthenticityView.toJson(score, new ObjectMapper())));
        } else {
            AuthenticityView.toLines(score).forEach(System.out::println);
        }
        return 0;
    }
}
