package io.microscout.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A brief's filter worked out once admits exactly what the filter query admits, deleted documents left out. */
class AdmittedDocsTest {

    @Test
    void theAdmittedDocumentsAreThoseOfTheFilterLiveOnesOnlyOverSeveralSegments() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < 300; i++) {
                    Document d = new Document();
                    d.add(new StringField("id", "c" + i, Field.Store.NO));
                    d.add(new StringField("country", i % 3 == 0 ? "de" : "us", Field.Store.NO));
                    d.add(new LongPoint("followers", i * 1_000L));
                    w.addDocument(d);
                    if (i % 100 == 99) {
                        w.commit(); // three segments
                    }
                }
                w.deleteDocuments(new Term("id", "c3"), new Term("id", "c150"));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query filter = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("country", "de")), Occur.FILTER)
                        .add(LongPoint.newRangeQuery("followers", 3_000L, 150_000L), Occur.FILTER)
                        .build();

                AdmittedDocs admitted = AdmittedDocs.of(searcher, filter);

                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                assertThat(admitted.count()).isEqualTo(searcher.count(filter)).isEqualTo(48);
                assertThat(docs(searcher, admitted)).isEqualTo(docs(searcher, filter));
            }
        }
    }

    @Test
    void theyBelongToTheReaderTheyWereWorkedOutOn() throws IOException {
        try (ByteBuffersDirectory one = new ByteBuffersDirectory();
                ByteBuffersDirectory other = new ByteBuffersDirectory()) {
            for (ByteBuffersDirectory dir : new ByteBuffersDirectory[] {one, other}) {
                try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                    Document d = new Document();
                    d.add(new StringField("country", "de", Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader r1 = DirectoryReader.open(one);
                    DirectoryReader r2 = DirectoryReader.open(other)) {
                AdmittedDocs admitted =
                        AdmittedDocs.of(new IndexSearcher(r1), new TermQuery(new Term("country", "de")));

                assertThatThrownBy(() -> new IndexSearcher(r2).count(admitted))
                        .isInstanceOf(IllegalStateException.class);
            }
        }
    }

    private static int[] docs(IndexSearcher searcher, Query q) throws IOException {
        int[] docs = Arrays.stream(searcher.search(q, 1_000).scoreDocs)
                .mapToInt(sd -> sd.doc)
                .toArray();
        Arrays.sort(docs);
        return docs;
    }
}
