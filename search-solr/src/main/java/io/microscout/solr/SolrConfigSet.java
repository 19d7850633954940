package io.microscout.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * MicroScout's Solr config set, kept in this module's resources ({@code io/microscout/solr/configset/conf}):
 * the schema (the creator document layout, a {@code DenseVectorField} of the embedder's dimension) and the
 * solrconfig (with {@code ExactStatsCache}). One config set per vector dimension, named {@code
 * microscout-creators-DIM}, since a collection's vectors all have the schema's dimension.
 */
public final class SolrConfigSet {

    static final String RESOURCE = "/io/microscout/solr/configset/conf/";
    static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");
    private static final String DIMENSION = "${microscout.vector.dimension:384}";

    private final int dimension;

    public SolrConfigSet(int dimension) {
        if (dimension < 1 || dimension > 4096) {
            throw new IllegalArgumentException("vector dimension " + dimension + " is outside 1..4096");
        }
        this.dimension = dimension;
    }

    public String name() {
        return "microscout-creators-" + dimension;
    }

    public int dimension() {
        return dimension;
    }

    /** One file of the set, with the vector dimension filled in. */
    public String file(String name) {
        try (InputStream in = SolrConfigSet.class.getResourceAsStream(RESOURCE + name)) {
            if (in == null) {
                throw new IllegalStateException("the config set file " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(DIMENSION, Integer.toString(dimension));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The set as the zip that Solr's config set API takes. */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String f : FILES) {
                zip.putNextEntry(new ZipEntry(f));
                zip.write(file(f).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
