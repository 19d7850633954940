package io.microscout.search;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.discovery.IndexFilter;
import io.microscout.discovery.IndexedCreator;
import io.microscout.discovery.UnitVectors;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * How a creator is laid out as a Lucene document, and how the hard filters become an exact Lucene query over
 * that layout (the same test as {@link IndexFilter#admits}: an absent value never passes a filter on it).
 */
final class CreatorDocuments {

    static final String KEY = "key";
    static final String PLATFORM = "platform";
    static final String COUNTRY = "country";
    static final String LANGUAGE = "language";
    static final String NICHE = "niche";
    static final String FOLLOWERS = "followers";
    static final String AUTHENTICITY = "authenticity";
    static final String TEXT = "text";
    static final String VECTOR = "vector";
    /** What the vector was made from ({@link IndexedCreator#vectorSource}), kept to reuse it. */
    static final String VECTOR_SOURCE = "vector_source";
    /** Vectors are stored unit length, so the dot product is the cosine similarity (and cheaper to compute). */
    static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

    private CreatorDocuments() {}

    static Term keyTerm(CreatorKey key) {
        return new Term(KEY, key.toString());
    }

    static Document document(IndexedCreator c) {
        Document doc = new Document();
        String key = c.key().toString();
        doc.add(new StringField(KEY, key, Field.Store.NO));
        doc.add(new BinaryDocValuesField(KEY, new BytesRef(key)));
        doc.add(new StringField(PLATFORM, c.key().platform().id(), Field.Store.NO));
        if (c.countryCode() != null) {
            doc.add(new StringField(COUNTRY, c.countryCode(), Field.Store.NO));
        }
        if (c.languageCode() != null) {
            doc.add(new StringField(LANGUAGE, c.languageCode(), Field.Store.NO));
        }
        for (String niche : c.niches()) {
            doc.add(new StringField(NICHE, niche, Field.Store.NO));
        }
        if (c.followers() != null) {
            doc.add(new LongPoint(FOLLOWERS, c.followers()));
        }
        if (c.authenticity() != null && !c.authenticity().isNaN()) {
            doc.add(new DoublePoint(AUTHENTICITY, c.authenticity()));
        }
        doc.add(new TextField(TEXT, c.text(), Field.Store.NO));
        if (c.vector() != null) {
            doc.add(new KnnFloatVectorField(VECTOR, UnitVectors.normalized(c.vector()), SIMILARITY));
            if (c.vectorSource() != null) {
                doc.add(new BinaryDocValuesField(VECTOR_SOURCE, new BytesRef(c.vectorSource())));
            }
        }
        return doc;
    }

    /** The filter as a non-scoring query, or null when it filters nothing. */
    static Query filterQuery(IndexFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (!f.platforms().isEmpty()) {
            b.add(anyOf(PLATFORM, f.platforms(), Platform::id), Occur.FILTER);
            any = true;
        }
        if (f.minFollowers() != null || f.maxFollowers() != null) {
            long min = f.minFollowers() == null ? Long.MIN_VALUE : f.minFollowers();
            long max = f.maxFollowers() == null ? Long.MAX_VALUE : f.maxFollowers() - 1; // max is exclusive
            b.add(LongPoint.newRangeQuery(FOLLOWERS, min, max), Occur.FILTER);
            any = true;
        }
        if (!f.countryCodes().isEmpty()) {
            b.add(anyOf(COUNTRY, f.countryCodes(), Function.identity()), Occur.FILTER);
            any = true;
        }
        if (!f.languageCodes().isEmpty()) {
            b.add(anyOf(LANGUAGE, f.languageCodes(), Function.identity()), Occur.FILTER);
            any = true;
        }
        if (f.minAuthenticity() != null) {
            b.add(DoublePoint.newRangeQuery(AUTHENTICITY, f.minAuthenticity(), Double.POSITIVE_INFINITY), Occur.FILTER);
            any = true;
        }
        if (!f.niches().isEmpty()) {
            b.add(anyOf(NICHE, f.niches(), Function.identity()), Occur.FILTER);
            any = true;
        }
        if (!f.excluded().isEmpty()) {
            if (!any) {
                b.add(new MatchAllDocsQuery(), Occur.FILTER); // a query of only MUST_NOT clauses matches nothing
            }
            for (CreatorKey key : f.excluded()) {
                b.add(new TermQuery(keyTerm(key)), Occur.MUST_NOT);
            }
            any = true;
        }
        return any ? b.build() : null;
    }

    private static <T> Query anyOf(String field, Collection<T> values, Function<T, String> asTerm) {
        List<BytesRef> terms =
                values.stream().map(v -> new BytesRef(asTerm.apply(v))).toList();
        return new TermInSetQuery(field, terms);
    }
}
