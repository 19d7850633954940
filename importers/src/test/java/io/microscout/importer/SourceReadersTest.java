package io.microscout.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.importer.csv.CsvSourceReader;
import io.microscout.importer.formats.SourceReaders;
import io.microscout.importer.instagram.InstagramGraphReader;
import io.microscout.importer.tiktok.TikTokReader;
import io.microscout.importer.youtube.YouTubeDataReader;
import org.junit.jupiter.api.Test;

class SourceReadersTest {

    @Test
    void eachFormatHasItsReader() {
        assertThat(SourceReaders.forFormat("instagram-graph")).isInstanceOf(InstagramGraphReader.class);
        assertThat(SourceReaders.forFormat("youtube")).isInstanceOf(YouTubeDataReader.class);
        assertThat(SourceReaders.forFormat("TikTok")).isInstanceOf(TikTokReader.class);
        assertThat(SourceReaders.forFormat(" csv ")).isInstanceOf(CsvSourceReader.class);
        assertThat(SourceReaders.formats()).containsExactly("instagram-graph", "youtube", "tiktok", "csv");
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        assertThatThrownBy(() -> SourceReaders.forFormat("xlsx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown import format 'xlsx'; expected one of instagram-graph, youtube, tiktok, csv");
    }

    @Test
    void aJsonReaderHandsItsWholeResponseOverAsOneChunk() throws java.io.IOException {
        java.util.List<io.microscout.creator.CatalogBatch> chunks = new java.util.ArrayList<>();

        ImportRead read = SourceReaders.forFormat("tiktok")
                .read(
                        Reading.fixture("tiktok/video_list.json"),
                        Reading.options(),
                        AccountLookup.none(),
                        1,
                        chunks::add);

        assertThat(chunks)
                .singleElement()
                .satisfies(chunk -> assertThat(chunk.posts()).hasSize(2));
        assertThat(read.batch().isEmpty()).isTrue();
        assertThat(read.problems()).hasSize(2);
        assertThat(read.recordsRead()).isEqualTo(4);
    }
}
