package io.microscout.app;

import io.microscout.testing.RequiredComponents;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud (N Solr nodes and an embedded ZooKeeper, {@code LocalSolrCloud} of module search-solr) in a JVM
 * of its own, for app tests: Solr's Jetty 10 cannot share the app's class path with the web server's Jetty 11.
 * Its class path is the one the search-solr build writes to {@code search-solr/target/solr-local.classpath}; a
 * clone that has not built it skips the test with a message (and CI fails it).
 */
public final class SolrCloudProcess implements AutoCloseable {
    private static final Path MODULE = Path.of("search-solr/target");

    private final Process process;
    private final List<String> nodes;

    private SolrCloudProcess(Process process, List<String> nodes) {
        this.process = process;
        this.nodes = nodes;
    }

    /** Starts the cluster and waits until it names its nodes. */
    public static SolrCloudProcess start(Path dir, int nodes) throws IOException, InterruptedException {
        Path classpathFile = MODULE.resolve("solr-local.classpath");
        RequiredComponents.require(
                Files.isRegularFile(classpathFile) && Files.isDirectory(MODULE.resolve("test-classes")),
                "no SolrCloud class path at " + classpathFile.toAbsolutePath()
                        + ": build module search-solr first (mvn -pl search-solr -am test-compile)");
        String cp = MODULE.resolve("test-classes")
                + java.io.File.pathSeparator
                + MODULE.resolve("classes")
                + java.io.File.pathSeparator
                + Files.readString(classpathFile).trim();
        Process p = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx1g",
                        "-cp",
                        cp,
                        "io.microscout.solr.LocalSolrCloud",
                        Integer.toString(nodes),
                        dir.toString())
                .redirectError(dir.resolveSibling(dir.getFileName() + ".err").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            int at = line.indexOf("use --index solr:");
            if (at >= 0) {
                String urls = line.substring(at + "use --index solr:".length(), line.lastIndexOf('/'));
                return new SolrCloudProcess(p, List.of(urls.split(",")));
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("the local SolrCloud ended before naming its nodes (exit " + p.waitFor()
                + "); see " + dir.resolveSibling(dir.getFileName() + ".err"));
    }

    /** The {@code --index} value for a collection (alias) of that name on every node. */
    public String index(String name) {
        return "solr:" + String.join(",", nodes) + "/" + name;
    }

    /** A GET on the first node, e.g. {@code admin/collections?action=LISTALIASES}; the body. */
    public String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(nodes.get(0) + "/" + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Solr answered " + r.statusCode() + " to " + path + ": " + r.body());
        }
        return r.body();
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close(); // LocalSolrCloud runs until its standard input closes
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
