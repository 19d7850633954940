package io.microscout.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.discovery.fakes.Creators;
import io.microscout.discovery.fakes.HashingEmbedder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexedCreatorsTest {
    private final CreatorKey key = CreatorKey.of(Platform.INSTAGRAM, "greenglow");

    @Test
    void theDocumentHoldsBioCaptionsAndHashtagsTheCaptionsDidNotSpellOut() {
        Post post = new Post(
                key,
                "p1",
                Instant.parse("2026-01-01T00:00:00Z"),
                PostFormat.PHOTO,
                "Morning #skincare routine",
                List.of("skincare", "veganbeauty"),
                List.of(),
                10L,
                1L,
                null,
                null,
                null,
                false,
                null);
        Creator c = Creator.builder(key)
                .displayName("Green Glow")
                .biography("Vegan skincare")
                .followers(24_000L)
                .countryCode("US")
                .languageCode("en")
                .build();
        CreatorProfile p = new CreatorProfile(c, List.of(post), Creators.metrics(0.031), 77.0, null);

        IndexedCreator doc = IndexedCreators.from(p, new HashingEmbedder());

        assertThat(doc.text())
                .isEqualTo(
                        "Green Glow\nVegan skincare\nMorning #skincare routine\n #veganbeauty".replace("\n #", " #"));
        assertThat(doc.vector()).isEqualTo(new HashingEmbedder().embed(IndexedCreators.semanticText(p)));
        assertThat(doc.niches()).contains("beauty");
        assertThat(doc.engagementRate()).isEqualTo(0.031);
        assertThat(doc.authenticity()).isEqualTo(77.0);
        assertThat(doc.followers()).isEqualTo(24_000L);
        assertThat(doc.countryCode()).isEqualTo("US");
    }

    @Test
    void withoutAnEmbedderTheDocumentHasNoVector() {
        CreatorProfile p = Creators.creator("x", 5_000, "GB", "en", "Travel", null, 3, "Beach day #travel");
        assertThat(IndexedCreators.from(p, null).vector()).isNull();
        assertThat(IndexedCreators.from(p, null).niches()).containsExactly("travel");
    }

    @Test
    void aCreatorWithNoTextIsIndexedWithoutAVectorAndTheOthersKeepTheirs() {
        CreatorProfile silent = new CreatorProfile(
                Creator.builder(CreatorKey.of(Platform.TIKTOK, "silent")).build(), List.of(), null, null, null);
        CreatorProfile talker = Creators.creator("talker", 5_000, "GB", "en", "Travel", null, 3, "Beach day #travel");
        var index = new io.microscout.discovery.fakes.InMemoryCreatorIndex();
        IndexedCreators.upsert(index, List.of(silent, talker), new HashingEmbedder() {
            @Override
            public float[] embed(String text) {
                assertThat(text).isNotBlank();
                return super.embed(text);
            }
        });
        var hits = index.search(new IndexQuery(null, new HashingEmbedder().embed("beach travel"), null, 10));
        assertThat(hits).extracting(h -> h.key().handle()).containsExactly("talker");
    }
}
