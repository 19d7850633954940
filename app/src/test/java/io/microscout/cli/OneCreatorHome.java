package io.microscout.cli;

import io.microscout.app.MicroScout;
import io.microscout.app.Settings;
import io.microscout.creator.CatalogBatch;
import io.microscout.store.StoreLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** A home holding one creator, instagram:anna (10,000 followers, 20 posts), and the CLI run against it. */
public final class OneCreatorHome {
    public final StringWriter out = new StringWriter();
    public final StringWriter err = new StringWriter();
    private final Path home;

    public OneCreatorHome(Path home) {
        this.home = home;
        try (MicroScout app = MicroScout.open(
                StoreLocation.sqlite(home),
                Settings.defaults(),
                Clock.fixed(CatalogCommandsTest.NOW, ZoneOffset.UTC))) {
            app.imports()
                    .store(new CatalogBatch(
                            "test",
                            List.of(CatalogCommandsTest.creator("instagram:anna", 10_000, "Vegan")),
                            CatalogCommandsTest.posts("instagram:anna", 300, 20),
                            List.of()));
        }
    }

    /** Runs the command with {@code --home} set to this home; output in {@link #out} and {@link #err}. */
    public int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--home=" + home);
        return cl.execute(all.toArray(new String[0]));
    }
}
