package io.microscout.solr;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.IndexFilter;
import io.microscout.discovery.IndexedCreator;
import io.microscout.discovery.UnitVectors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrInputDocument;

/**
 * A creator as a Solr document (the fields of the config set's schema, which mirror the embedded index's
 * {@code CreatorDocuments}), and the hard filters as Solr filter queries over them: the same test as {@link
 * IndexFilter#admits} (an absent value never passes a filter on it). Filter queries are the kNN search's
 * pre-filter in Solr, so, as in the embedded index, they act inside the HNSW walk, not after it.
 */
final class SolrCreatorDocuments {

    static final String KEY = "key";
    static final String TEXT = "text";
    static final String VECTOR = "vector";
    static final String EMBEDDED = "embedded";

    private SolrCreatorDocuments() {}

    static SolrInputDocument document(IndexedCreator c) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(KEY, c.key().toString());
        doc.setField("platform", c.key().platform().id());
        if (c.countryCode() != null) {
            doc.setField("country", c.countryCode());
        }
        if (c.languageCode() != null) {
            doc.setField("language", c.languageCode());
        }
        if (!c.niches().isEmpty()) {
            doc.setField("niche", List.copyOf(c.niches()));
        }
        if (c.followers() != null) {
            doc.setField("followers", c.followers());
        }
        if (c.authenticity() != null && !c.authenticity().isNaN()) {
            doc.setField("authenticity", c.authenticity());
        }
        doc.setField(TEXT, c.text());
        doc.setField(EMBEDDED, c.vector() != null);
        if (c.vector() != null) {
            doc.setField(VECTOR, floats(UnitVectors.normalized(c.vector())));
        }
        return doc;
    }

    static List<Float> floats(float[] v) {
        List<Float> out = new ArrayList<>(v.length);
        for (float f : v) {
            out.add(f);
        }
        return out;
    }

    /** The vector as the {@code {!knn}} parser and the vector functions read it: {@code [0.1,0.2,...]}. */
    static String vectorLiteral(float[] unit) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < unit.length; i++) {
            b.append(i == 0 ? "" : ",").append(unit[i]);
        }
        return b.append(']').toString();
    }

    /** The filter as Solr filter queries (all must hold); empty when it filters nothing. */
    static List<String> filterQueries(IndexFilter f) {
        List<String> fq = new ArrayList<>();
        if (!f.platforms().isEmpty()) {
            fq.add(anyOf("platform", f.platforms(), Platform::id));
        }
        if (f.minFollowers() != null || f.maxFollowers() != null) {
            String min = f.minFollowers() == null ? "*" : Long.toString(f.minFollowers());
            String max = f.maxFollowers() == null ? "*" : Long.toString(f.maxFollowers() - 1); // max is exclusive
            fq.add("followers:[" + min + " TO " + max + "]");
        }
        if (!f.countryCodes().isEmpty()) {
            fq.add(anyOf("country", f.countryCodes(), Function.identity()));
        }
        if (!f.languageCodes().isEmpty()) {
            fq.add(anyOf("language", f.languageCodes(), Function.identity()));
        }
        if (f.minAuthenticity() != null) {
            fq.add("authenticity:[" + f.minAuthenticity() + " TO *]");
        }
        if (!f.niches().isEmpty()) {
            fq.add(anyOf("niche", f.niches(), Function.identity()));
        }
        if (!f.excluded().isEmpty()) {
            fq.add("-" + anyOf(KEY, f.excluded(), CreatorKey::toString));
        }
        return fq;
    }

    /** {@code field:(a OR b ...)} with each value escaped. */
    static <T> String anyOf(String field, Collection<T> values, Function<T, String> asTerm) {
        return values.stream()
                .map(v -> ClientUtils.escapeQueryChars(asTerm.apply(v)))
                .collect(Collectors.joining(" OR ", field + ":(", ")"));
    }
}
