package io.microscout.bench.embed;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.discovery.CreatorProfile;
import io.microscout.discovery.IndexedCreators;
import io.microscout.importer.csv.CsvTable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real creator texts for the embedding benchmark, read in place from the shared data folder and turned into the
 * text MicroScout embeds ({@link IndexedCreators#semanticText}: name, biography, captions).
 */
final class RealCreatorTexts {
    static final String CHANNELS = "global-youtube-statistics-2023/Global YouTube Statistics.csv";
    static final String DESCRIPTIONS = "disclosures-mathur2018-youtube/clusters.csv";

    /** A named set of texts. */
    record TextSet(String name, List<String> texts) {}

    private RealCreatorTexts() {}

    /** 995 top YouTube channels as the CI imports them: name = Youtuber, biography = Title. */
    static TextSet channels(Path data) throws IOException {
        List<String> texts = new ArrayList<>();
        try (CsvTable rec = CsvTable.open(data.resolve(CHANNELS), Charset.forName("windows-1252"))) {
            while (rec.next()) {
                String name = rec.cell("Youtuber").trim();
                if (!name.isEmpty()) {
                    Creator c = Creator.builder(CreatorKey.of(Platform.YOUTUBE, name))
                            .displayName(name)
                            .biography(rec.cell("Title").trim())
                            .build();
                    texts.add(IndexedCreators.semanticText(new CreatorProfile(c, List.of(), null, null, null)));
                }
            }
        }
        return new TextSet("YouTube channels: name + title (" + CHANNELS + ")", texts);
    }

    /**
     * 2,250 real YouTube video descriptions (Mathur et al. 2018), each as the caption of one post of its own creator:
     * long, link-heavy caption text.
     */
    static TextSet descriptions(Path data) throws IOException {
        Map<String, StringBuilder> videos = new LinkedHashMap<>();
        try (CsvTable rec = CsvTable.open(data.resolve(DESCRIPTIONS), StandardCharsets.UTF_8)) {
            while (rec.next()) {
                videos.computeIfAbsent(rec.cell("id"), k -> new StringBuilder())
                        .append(rec.cell("sentence"))
                        .append('\n');
            }
        }
        List<String> texts = new ArrayList<>(videos.size());
        videos.forEach((id, caption) -> {
            CreatorKey key = CreatorKey.of(Platform.YOUTUBE, "video-" + id);
            Post post = new Post(
                    key, id, null, null, caption.toString(), null, null, null, null, null, null, null, false, null);
            Creator c = Creator.builder(key).build();
            texts.add(IndexedCreators.semanticText(new CreatorProfile(c, List.of(post), null, null, null)));
        });
        return new TextSet("YouTube video descriptions as captions (" + DESCRIPTIONS + ")", texts);
    }
}
