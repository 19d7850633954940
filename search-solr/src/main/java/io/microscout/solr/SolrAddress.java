package io.microscout.solr;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * Where the SolrCloud index is: one or more Solr node URLs and the collection (or alias) name, written
 * {@code solr:http://host1:8983/solr[,http://host2:8983/solr]/COLLECTION}. Any node answers for the whole
 * cluster; several are listed so that the app keeps working while one is down.
 */
public record SolrAddress(List<String> nodes, String collection) {

    public static final String SCHEME = "solr:";

    public SolrAddress {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("no Solr node URL given");
        }
        if (collection == null || !collection.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException(
                    "not a Solr collection name: '" + collection + "' (letters, digits, '_', '.', '-')");
        }
    }

    public static boolean isSolr(String index) {
        return index != null && index.startsWith(SCHEME);
    }

    /** Parses {@code solr:URL[,URL...]/COLLECTION}; the error names what is wrong with the text. */
    public static SolrAddress parse(String index) {
        if (!isSolr(index)) {
            throw new IllegalArgumentException(
                    "a SolrCloud index is written solr:http://HOST:PORT/solr/COLLECTION," + " not '" + index + "'");
        }
        String rest = index.substring(SCHEME.length());
        int slash = rest.lastIndexOf('/');
        if (slash < 0 || slash == rest.length() - 1) {
            throw new IllegalArgumentException(
                    "'" + index + "' names no collection: write" + " solr:http://HOST:PORT/solr/COLLECTION");
        }
        List<String> nodes = Arrays.stream(rest.substring(0, slash).split(","))
                .map(String::trim)
                .map(SolrAddress::nodeUrl)
                .toList();
        return new SolrAddress(nodes, rest.substring(slash + 1));
    }

    private static String nodeUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Solr node URL: '" + url + "'", e);
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("not a Solr node URL: '" + url + "' (want http://HOST:PORT/solr)");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The same cluster, another collection (a rebuild's target). */
    public SolrAddress withCollection(String name) {
        return new SolrAddress(nodes, name);
    }

    @Override
    public String toString() {
        return SCHEME + String.join(",", nodes) + "/" + collection;
    }
}
