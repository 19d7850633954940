package io.microscout.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code microscout serve --port 0} in a JVM of its own, as an app node; stopped with SIGTERM, like a service. */
final class ServeProcess implements AutoCloseable {
    /** Twelve creators on different topics; one trail runner the brief below is about. */
    static final String CATALOG = "platform,handle,name,bio,followers,country\n"
            + "instagram,trail.runner.anna,Anna,trail running ultramarathons and running shoes reviews,12000,DE\n"
            + "instagram,vegan.kitchen.ben,Ben,vegan recipes and plant based cooking,8000,GB\n"
            + "instagram,skin.by.cara,Cara,skincare routines and serums for sensitive skin,15000,FR\n"
            + "instagram,gamer.dan,Dan,streaming strategy games and gaming chairs,22000,US\n"
            + "instagram,road.cyclist.eva,Eva,road cycling climbs and bike maintenance,9000,NL\n"
            + "instagram,yoga.with.finn,Finn,yoga flows and mindful breathing,11000,IE\n"
            + "instagram,city.runner.gus,Gus,marathon training plans and running form tips,7000,AT\n"
            + "instagram,bake.with.hana,Hana,sourdough baking and pastry,6000,JP\n"
            + "instagram,travel.ivo,Ivo,backpacking travel guides on a budget,30000,IT\n"
            + "instagram,books.jules,Jules,book reviews and reading challenges,5000,BE\n"
            + "instagram,diy.kim,Kim,home renovation and woodworking,14000,KR\n"
            + "instagram,fit.leo,Leo,gym workouts and protein meal prep,18000,ES\n";

    static final String BRIEF =
            "brand: Trailfox\nproduct: trail running shoes\nkeywords: [trail running, running shoes]\n";

    private static final Pattern SERVES = Pattern.compile(" at (http://[^ ]+) \\(API docs");

    private final Process process;
    private final String url;

    private ServeProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts a node and waits until it serves; the first one started creates the owner from the environment. */
    static ServeProcess start(Path dir, String name, String db, String index, String email, String password)
            throws IOException, InterruptedException {
        Path err = dir.resolve("serve-" + name + ".err");
        ProcessBuilder pb = new ProcessBuilder(List.of(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx768m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.microscout.cli.Main",
                        "serve",
                        "--port",
                        "0",
                        "--home",
                        dir.resolve("home-" + name).toString(),
                        "--db",
                        db,
                        "--index",
                        index))
                .redirectError(err.toFile());
        pb.environment().put("MICROSCOUT_OWNER_EMAIL", email);
        pb.environment().put("MICROSCOUT_OWNER_PASSWORD", password);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = SERVES.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "serve-" + name + "-stdout");
                drain.setDaemon(true);
                drain.start();
                return new ServeProcess(p, m.group(1));
            }
        }
        throw new IllegalStateException("serve " + name + " ended (exit " + p.waitFor() + ") before serving: "
                + Files.readString(err, StandardCharsets.UTF_8));
    }

    String url() {
        return url;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
