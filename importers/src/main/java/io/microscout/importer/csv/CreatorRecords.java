package io.microscout.importer.csv;

import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.StatedEngagement;
import io.microscout.importer.ImportReadBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A creators file: one account per row, with a follower snapshot at {@code observed_at} (or the import time). */
final class CreatorRecords implements CsvRecords {
    private final Instant importedAt;
    private final String fileName;

    CreatorRecords(Instant importedAt, String fileName) {
        this.importedAt = importedAt;
        this.fileName = fileName;
    }

    @Override
    public void read(CsvRow row, ImportReadBuilder out) {
        CreatorKey key = row.creator();
        Instant observedAt = row.time(CsvColumn.OBSERVED_AT);
        Long followers = row.count(CsvColumn.FOLLOWERS);
        Long following = row.count(CsvColumn.FOLLOWING);
        Long posts = row.count(CsvColumn.POSTS);
        Long views = row.count(CsvColumn.TOTAL_VIEWS);
        Long likes = row.count(CsvColumn.TOTAL_LIKES);
        String country = row.country();
        String language = row.language();
        Boolean verified = row.bool(CsvColumn.VERIFIED);
        Boolean picture = row.bool(CsvColumn.PROFILE_PICTURE);
        Boolean privateAccount = row.bool(CsvColumn.PRIVATE);
        String name = row.text(CsvColumn.NAME);
        StatedEngagement stated = stated(row);
        if (!row.valid() || key == null) {
            return;
        }
        out.addWithSnapshot(
                Creator.builder(key)
                        .platformId(row.text(CsvColumn.PLATFORM_ID))
                        .person(row.text(CsvColumn.PERSON))
                        .displayName(name != null ? name : row.handleTitle())
                        .biography(row.text(CsvColumn.BIO))
                        .countryCode(country)
                        .languageCode(language)
                        .followers(followers)
                        .following(following)
                        .mediaCount(posts)
                        .totalViews(views)
                        .totalLikes(likes)
                        .verified(verified)
                        .hasProfilePicture(picture)
                        .privateAccount(privateAccount)
                        .links(links(row.text(CsvColumn.LINKS)))
                        .contactEmail(row.text(CsvColumn.EMAIL))
                        .category(row.text(CsvColumn.CATEGORY))
                        .observedAt(observedAt == null ? importedAt : observedAt)
                        .stated(stated)
                        .build(),
                row.location());
    }

    /**
     * The averages and rate the row states (avg_likes, avg_comments, avg_views, engagement_rate, each found by
     * its own name or through --map), with the file and the file's columns; null when it states none.
     */
    private StatedEngagement stated(CsvRow row) {
        Map<StatedEngagement.Figure, Double> values = new EnumMap<>(StatedEngagement.Figure.class);
        Map<StatedEngagement.Figure, String> columns = new EnumMap<>(StatedEngagement.Figure.class);
        for (StatedEngagement.Figure f : StatedEngagement.Figure.values()) {
            CsvColumn c = CsvColumn.byName(f.id());
            Double v = f == StatedEngagement.Figure.ENGAGEMENT_RATE ? row.engagementRate(c) : row.average(c);
            if (v != null) {
                values.put(f, v);
                columns.put(f, row.fileName(c));
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        return new StatedEngagement(
                values.get(StatedEngagement.Figure.AVG_LIKES),
                values.get(StatedEngagement.Figure.AVG_COMMENTS),
                values.get(StatedEngagement.Figure.AVG_VIEWS),
                values.get(StatedEngagement.Figure.ENGAGEMENT_RATE),
                fileName,
                columns,
                importedAt);
    }

    /** Links separated by spaces or '|'. */
    static List<String> links(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> links = new ArrayList<>();
        for (String part : text.split("[\\s|]+")) {
            if (!part.isEmpty()) {
                links.add(part);
            }
        }
        return links;
    }
}
