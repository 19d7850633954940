package io.microscout.cli.authenticity;

import io.microscout.importer.accounts.AccountFileFormat;
import io.microscout.importer.followers.AccountProfilesCsv;
import java.io.IOException;
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

    /** Reads {@code file}; with a label column, keeps each row's label (a row without one is a problem). */
    AccountProfilesCsv.Read read(Path file, String labelColumn) throws IOException {
        return fileFormat().read(file, map, encoding, labelColumn);
    }
}
