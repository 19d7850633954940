package io.microscout.cli.privacy;

import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.creator.CreatorKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code microscout export PLATFORM:HANDLE}: everything held about one creator, as JSON. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write everything held about a creator as JSON (every row of every table that names them, per"
                + " part: catalog, plans, and what outreach and campaigns hold), e.g. to answer an access request.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    CatalogOptions catalog;

    @Parameters(paramLabel = "PLATFORM:HANDLE", description = "the creator, e.g. instagram:zoe.h.beauty")
    String creator;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of standard output")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CreatorKey key = CreatorKey.parse(creator);
        String json;
        try (MicroScout app = catalog.open()) {
            json = PersonalDataJson.write(app.personalData().export(key));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (file == null) {
            out.println(json);
        } else {
            Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
            out.println("wrote everything held about " + key + " to " + file);
        }
        out.flush();
        return 0;
    }
}
