package io.microscout.web;

import io.microscout.app.MicroScout;
import io.microscout.brief.Brief;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.store.workspace.JdbiAccounts;
import io.microscout.workspace.User;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code microscout serve}: the REST API and the web app over one home, in one process. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the REST API (/api, docs at /api/docs) and the web app on one process that owns the"
                    + " catalog, the search index and the embedding model (loaded once).",
            "First start: creates the first owner from MICROSCOUT_OWNER_EMAIL and MICROSCOUT_OWNER_PASSWORD, or"
                    + " owner@localhost with a random password printed once. See docs/server.md."
        })
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    CatalogOptions catalog;

    @Option(names = "--port", defaultValue = "8080", description = "port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            description = "address to listen on (default ${DEFAULT-VALUE})")
    String bind;

    @Option(
            names = "--https-proxy",
            description = "clients reach the server over HTTPS through a proxy: mark cookies Secure")
    boolean httpsProxy;

    @Option(
            names = "--repair-every",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "every so often, repair what other processes on this home left marked (an import with"
                    + " --no-index, or one that was killed): metrics, authenticity and index entries; 0: never"
                    + " (default: ${DEFAULT-VALUE})")
    long repairEverySeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (MicroScout app = catalog.open()) {
            firstOwner(app, out, System.getenv("MICROSCOUT_OWNER_EMAIL"), System.getenv("MICROSCOUT_OWNER_PASSWORD"));
            long started = System.nanoTime();
            warmUp(app, out);
            out.printf("warmed up in %.1f s%n", (System.nanoTime() - started) / 1e9);
            BackgroundRepair repair = BackgroundRepair.start(app, Duration.ofSeconds(repairEverySeconds));
            try (WebServer server = WebServer.start(app, new WebServer.Options(bind, port, httpsProxy))) {
                out.println("MicroScout serves " + app.location().describe() + " at " + server.url() + " (API docs: "
                        + server.url() + "/api/docs); Ctrl-C stops it");
                out.flush();
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
            } finally {
                repair.close();
            }
        }
        return 0;
    }

    /**
     * No user yet: the owner from the environment, else one with a random password shown this once. Made in one
     * transaction with a claim only one node can take, so two nodes starting at once make one owner.
     */
    public static void firstOwner(MicroScout app, PrintWriter out, String email, String password) {
        JdbiAccounts accounts = new JdbiAccounts(app.store().jdbi());
        if (accounts.countUsers() > 0) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String pw = generated ? Passwords.secret(18) : password;
        String mail = email == null || email.isBlank() ? "owner@localhost" : email;
        User u = accounts.createFirstOwner(
                        mail,
                        new Passwords().hash(pw),
                        "My workspace",
                        app.clock().instant())
                .orElse(null);
        if (u == null) {
            out.println("first owner: made by another node starting at the same time");
        } else {
            out.println("first owner: " + u.email()
                    + (generated
                            ? " with password " + pw + " (shown only now; set MICROSCOUT_OWNER_PASSWORD to choose it)"
                            : " (password from MICROSCOUT_OWNER_PASSWORD)"));
        }
        out.flush();
    }

    /** Opens the index and loads the embedding model by running one discovery, so the first user waits for neither. */
    static void warmUp(MicroScout app, PrintWriter out) {
        if (app.catalog().countCreators() == 0) {
            out.println("the catalog is empty: import creators (web app: Imports) or run ./microscout demo");
            return;
        }
        Brief brief = Workbench.brief("brand: Warm-up\nkeywords: [skincare routine]\n");
        new Workbench(app).discover(brief, 5);
    }
}
