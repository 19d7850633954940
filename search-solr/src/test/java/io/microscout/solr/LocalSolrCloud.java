package io.microscout.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

/**
 * A throw-away SolrCloud on loopback for trying MicroScout against a cluster and for benchmarks
 * ({@code scripts/solr-local [NODES] [DIR]}): N Solr nodes and an embedded ZooKeeper in this JVM, data under DIR.
 * Prints the {@code --index} prefix to use and runs until its standard input closes (or Ctrl-C). Not for
 * production: docs/deployment.md describes a real cluster.
 */
public final class LocalSolrCloud {
    private LocalSolrCloud() {}

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("microscout-solrcloud");
        Files.createDirectories(dir);
        MiniSolrCloudCluster cluster =
                new MiniSolrCloudCluster(nodes, dir, JettyConfig.builder().build());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.shutdown();
            } catch (Exception e) {
                System.err.println("solr-local: shutdown: " + e);
            }
        }));
        String urls = cluster.getJettySolrRunners().stream()
                .map(j -> j.getBaseUrl().toString())
                .collect(Collectors.joining(","));
        System.out.println("solr-local: " + nodes + " Solr nodes, ZooKeeper at "
                + cluster.getZkServer().getZkAddress() + ", data in " + dir);
        System.out.println("solr-local: use --index solr:" + urls + "/creators");
        System.out.flush();
        while (System.in.read() >= 0) {
            // runs until stdin closes
        }
        System.exit(0);
    }
}
