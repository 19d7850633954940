package io.microscout.bench;

import io.microscout.app.MicroScout;
import io.microscout.bench.load.LoadAverage;
import io.microscout.bench.load.ProcessCpu;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.cli.common.UserException;
import io.microscout.store.workspace.JdbiAccounts;
import io.microscout.web.Passwords;
import io.microscout.web.WebServer;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code microscout bench serve}: a server on loopback over the home's catalog (the demo catalog), N concurrent
 * clients for a set time mixing discovery (20%), creator pages (40%) and list pages (40%); prints throughput,
 * p50/p95/p99 per route and errors, after a one-client baseline of the same routes from the same run. Each phase
 * also prints the machine's load average and this JVM's CPU time per request (server and clients share the JVM),
 * so that figures taken on busy shared cores can be read.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Load-test `serve` on loopback: N clients for a set time over discovery, creator and list pages.")
public final class ServeBenchCommand implements Runnable {
    @Mixin
    CatalogOptions catalog;

    @Option(names = "--clients", defaultValue = "50", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "load duration (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--brief", defaultValue = "examples/brief-vegan-skincare.yaml", description = "brief for discovery")
    Path brief;

    @Spec
    CommandSpec spec;

    private static final String[] ROUTES = {"discover", "creator page", "list page"};

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (MicroScout app = catalog.open()) {
            if (app.catalog().countCreators() == 0) {
                throw new UserException("the catalog is empty: run ./microscout demo --home DIR first");
            }
            String token = benchUser(app);
            try (WebServer server = WebServer.start(app, new WebServer.Options("127.0.0.1", 0, false))) {
                Target t = new Target(server.url(), token, app, Files.readString(brief));
                out.println("warming up (index, embedding model)...");
                out.flush();
                for (int i = 0; i < 3; i++) {
                    for (int r = 0; r < ROUTES.length; r++) {
                        t.call(r);
                    }
                }
                String loadBefore = LoadAverage.now();
                double cpuBefore = ProcessCpu.seconds();
                AtomicLong baseTotal = new AtomicLong();
                Map<String, Histogram> base = run(t, 1, Math.max(5, seconds / 6), new AtomicLong(), baseTotal);
                out.println("baseline, 1 client:");
                print(out, base);
                out.println(machine(loadBefore, cpuBefore, baseTotal.get()));
                AtomicLong errors = new AtomicLong();
                AtomicLong total = new AtomicLong();
                loadBefore = LoadAverage.now();
                cpuBefore = ProcessCpu.seconds();
                long start = System.nanoTime();
                Map<String, Histogram> load = run(t, clients, seconds, errors, total);
                double took = (System.nanoTime() - start) / 1e9;
                out.printf(
                        Locale.ROOT,
                        "load, %d clients, %d s: %,d requests, %.1f requests/s, %d errors%n",
                        clients,
                        seconds,
                        total.get(),
                        total.get() / took,
                        errors.get());
                print(out, load);
                out.println(machine(loadBefore, cpuBefore, total.get()));
            }
        } catch (UserException e) {
            throw e;
        } catch (Exception e) {
            throw new UserException("bench serve: " + e.getMessage());
        }
        out.flush();
    }

    /** The load average at the start and end of a phase, and the JVM's CPU time per request in it. */
    private static String machine(String loadBefore, double cpuBefore, long requests) {
        double cpu = ProcessCpu.seconds() - cpuBefore;
        return String.format(
                Locale.ROOT,
                "  machine load (1/5/15 min) %s at the start, %s at the end; process CPU %.1f s, %.1f ms per request",
                loadBefore,
                LoadAverage.now(),
                cpu,
                requests == 0 ? Double.NaN : 1000 * cpu / requests);
    }

    private static void print(PrintWriter out, Map<String, Histogram> h) {
        out.printf(Locale.ROOT, "  %-13s %8s %9s %9s %9s%n", "route", "requests", "p50 ms", "p95 ms", "p99 ms");
        h.forEach((route, hist) -> out.printf(
                Locale.ROOT,
                "  %-13s %8d %9.1f %9.1f %9.1f%n",
                route,
                hist.getTotalCount(),
                hist.getValueAtPercentile(50) / 1000.0,
                hist.getValueAtPercentile(95) / 1000.0,
                hist.getValueAtPercentile(99) / 1000.0));
    }

    private static Map<String, Histogram> run(Target t, int clients, int seconds, AtomicLong errors, AtomicLong total)
            throws InterruptedException {
        Map<String, Histogram> hist = new LinkedHashMap<>();
        for (String r : ROUTES) {
            hist.put(r, new Histogram(60_000_000L, 3));
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread th = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int pick = ThreadLocalRandom.current().nextInt(10);
                    int route = pick < 2 ? 0 : pick < 6 ? 1 : 2;
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = t.call(route);
                    } catch (Exception e) {
                        ok = false;
                    }
                    long micros = (System.nanoTime() - t0) / 1000;
                    Histogram h = hist.get(ROUTES[route]);
                    synchronized (h) {
                        h.recordValue(Math.min(micros, 59_999_999L));
                    }
                    total.incrementAndGet();
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            th.join();
        }
        return hist;
    }

    /** A bench user with its own workspace, created once per home (bench@localhost, random password). */
    private static String benchUser(MicroScout app) {
        JdbiAccounts accounts = new JdbiAccounts(app.store().jdbi());
        var user = accounts.user("bench@localhost").orElseGet(() -> {
            var u = accounts.createUser(
                    "bench@localhost",
                    new Passwords().hash(Passwords.secret(18)),
                    app.clock().instant());
            accounts.createWorkspace("Bench", u.id(), app.clock().instant());
            return u;
        });
        String token = "ms_" + Passwords.secret(32);
        accounts.createToken(
                user.id(), "bench", Passwords.sha256(token), app.clock().instant());
        return token;
    }

    /** The routes the clients call. */
    private static final class Target {
        final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        final String url;
        final String token;
        final String ws;
        final List<String> keys = new ArrayList<>();
        final String discoverBody;
        final long creators;

        Target(String url, String token, MicroScout app, String brief) throws java.io.IOException {
            this.url = url;
            this.token = token;
            JdbiAccounts accounts = new JdbiAccounts(app.store().jdbi());
            long user = accounts.user("bench@localhost").orElseThrow().id();
            this.ws = "/w/" + accounts.memberships(user).get(0).workspace().id();
            app.catalog()
                    .find(new io.microscout.creator.CreatorFilter(
                            null, null, null, null, null, null, null, null, null, 0, 500))
                    .forEach(e -> keys.add(e.creator().key().toString()));
            this.discoverBody = new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(Map.of("brief", brief, "top", 20));
            this.creators = app.catalog().countCreators();
        }

        boolean call(int route) throws Exception {
            HttpRequest.Builder b;
            ThreadLocalRandom r = ThreadLocalRandom.current();
            if (route == 0) {
                b = HttpRequest.newBuilder(URI.create(url + "/api" + ws.replace("/w/", "/workspaces/") + "/discover"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(discoverBody));
            } else if (route == 1) {
                b = HttpRequest.newBuilder(URI.create(url + ws + "/creators/" + keys.get(r.nextInt(keys.size()))));
            } else {
                b = HttpRequest.newBuilder(URI.create(url + ws + "/creators?offset="
                        + 50 * r.nextInt((int) Math.max(1, Math.min(40, creators / 50)))));
            }
            HttpResponse<Void> res = http.send(
                    b.header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return res.statusCode() == 200;
        }
    }
}
