package io.microscout.cli.authenticity;

import io.microscout.importer.accounts.AccountFileFormat;
import io.microscout.importer.followers.AccountProfilesCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** How a file of account profiles is read: the options {@code classify}, {@code audience} and {@code calibrate} share. */
final class AccountFileOptions {
    @Option(
            names = "--format",
            defaultValue = "csv",
            description = "csv (MicroScout's columns, or --map), twitter (API v1.1 user objects, JSON or CSV), "
                    + "purba or parma (those data sets' columns). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(
            names = "--map",
            split = ",",
            paramLabel = "OURS=THEIRS",
            description = "Column mapping, e.g. --map followers=Followers,posts=media_count,username=user")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--encoding", defaultValue = "UTF-8", description = "File encoding (default: ${DEFAULT-VALUE}).")
    Charset encoding;

    AccountFileFormat fileFormat() {
        return AccountFileFormat.parse(format);
    }

    /**
     * Said before Twitter accounts are judged: the shipped model's only Twitter training source holds bought
     * followers alone, and on Cresci 2017's 3,474 genuine Twitter accounts it calls 3,186 fake (measured with
     * {@code authenticity calibrate --data ../shared/data/fake-accounts/cresci2017-twitter --dry-run},
     * 2026-12-03; docs/authenticity.md).
     */
    static final String TWITTER_WARNING = "warning: the shipped model calls 92% of genuine Twitter accounts fake"
            + " (Cresci 2017: 3,186 of 3,474); its verdicts on Twitter accounts are not evidence of fakes."
            + " Measure it on Twitter accounts you labelled (authenticity calibrate) before relying on them.";

    /**
     * Reads {@code file}; with a label column, keeps each row's label (a row without one is a problem). Twitter
     * accounts come with {@link #TWITTER_WARNING} on {@code err}.
     */
    AccountProfilesCsv.Read read(Path file, String labelColumn, PrintWriter err) throws IOException {
        if (fileFormat() == AccountFileFormat.TWITTER) {
            err.println(TWITTER_WARNING);
            err.flush();
        }
        return fileFormat().read(file, map, encoding, labelColumn);
    }
}
