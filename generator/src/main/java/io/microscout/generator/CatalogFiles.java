package io.microscout.generator;

import io.microscout.creator.Creator;
import io.microscout.creator.FollowerSnapshot;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import io.microscout.creator.PostFormat;
import io.microscout.tier.TierScheme;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Writes a generated catalog as CSV files, streaming: creators.csv, posts.csv and snapshots.csv in MicroScout's
 * own columns (docs/csv-format.md), followers-sample.csv, comments.csv and ground-truth.csv (docs/generator.md).
 * Output is a pure function of the generated records, so the same seed gives the same bytes.
 */
public final class CatalogFiles implements Consumer<GeneratedCreator>, AutoCloseable {
    public static final String CREATORS = "creators.csv";
    public static final String POSTS = "posts.csv";
    public static final String SNAPSHOTS = "snapshots.csv";
    public static final String FOLLOWERS_SAMPLE = "followers-sample.csv";
    public static final String COMMENTS = "comments.csv";
    public static final String GROUND_TRUTH = "ground-truth.csv";

    /** The catalog files of a generated catalog in {@code dir}, in the order an import takes them (profiles first). */
    public static List<Path> catalogImport(Path dir) {
        return List.of(dir.resolve(CREATORS), dir.resolve(POSTS), dir.resolve(SNAPSHOTS));
    }

    private static final int BUFFER = 1 << 20;
    private final TierScheme tiers = TierScheme.microscoutDefault();
    private final Writer creators;
    private final Writer posts;
    private final Writer snapshots;
    private final Writer sample;
    private final Writer comments;
    private final Writer truth;
    private final StringBuilder row = new StringBuilder(512);
    private long postCount;

    public CatalogFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        creators = open(
                dir.resolve(CREATORS),
                "platform,handle,name,bio,followers,following,posts,country,language,"
                        + "verified,email,links,person,category,platform_id,total_views,total_likes,profile_picture,private,observed_at");
        posts = open(
                dir.resolve(POSTS),
                "platform,handle,post_id,published_at,format,caption,likes,comments,views,"
                        + "shares,saves,sponsored,url");
        snapshots = open(dir.resolve(SNAPSHOTS), "platform,handle,snapshot_at,followers,following,posts");
        sample = open(
                dir.resolve(FOLLOWERS_SAMPLE),
                "platform,handle,username,followers,following,posts,bio_length," + "profile_picture,private");
        comments = open(dir.resolve(COMMENTS), "platform,handle,post_id,author,text,commented_at");
        truth = open(dir.resolve(GROUND_TRUTH), GroundTruthFile.header());
    }

    private static Writer open(Path file, String header) throws IOException {
        Writer w =
                new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
        w.write(header);
        w.write('\n');
        return w;
    }

    /** Posts written so far. */
    public long postsWritten() {
        return postCount;
    }

    @Override
    public void accept(GeneratedCreator g) {
        try {
            write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(GeneratedCreator g) throws IOException {
        Creator c = g.creator();
        String platform = c.platform().id();
        start(platform, c.handle())
                .text(c.displayName())
                .text(c.biography())
                .num(c.followers())
                .num(c.following())
                .num(c.mediaCount())
                .text(c.countryCode())
                .text(c.languageCode())
                .bool(c.verified())
                .text(c.contactEmail())
                .text(String.join(" ", c.links()))
                .text(c.person())
                .text(c.category())
                .text(c.platformId())
                .num(c.totalViews())
                .num(c.totalLikes())
                .bool(c.hasProfilePicture())
                .bool(c.privateAccount())
                .time(c.observedAt())
                .end(creators);
        for (Post p : g.posts()) {
            start(platform, c.handle())
                    .text(p.platformPostId())
                    .time(p.publishedAt())
                    .text(format(c.platform(), p.format()))
                    .text(p.caption())
                    .num(p.likes())
                    .num(p.comments())
                    .num(p.views())
                    .num(p.shares())
                    .num(p.saves())
                    .bool(p.sponsored())
                    .text(p.url())
                    .end(posts);
            postCount++;
        }
        for (FollowerSnapshot s : g.snapshots()) {
            start(platform, c.handle())
                    .time(s.at())
                    .num(s.followers())
                    .num(s.following())
                    .num(s.mediaCount())
                    .end(snapshots);
        }
        for (FollowerProfile f : g.followerSample()) {
            start(platform, c.handle())
                    .text(f.username())
                    .num(f.followers())
                    .num(f.following())
                    .num(f.posts())
                    .num((long) f.bioLength())
                    .bool(f.profilePicture())
                    .bool(f.privateAccount())
                    .end(sample);
        }
        for (PostComment m : g.comments()) {
            start(platform, c.handle())
                    .text(m.postId())
                    .text(m.author())
                    .text(m.text())
                    .time(m.at())
                    .end(comments);
        }
        GroundTruth t = g.truth();
        start(platform, c.handle())
                .text(t.person())
                .text(tiers.tierOf(c.followers()).id())
                .num(c.followers())
                .text(t.primaryNiche())
                .text(t.secondaryNiche())
                .text(String.join("|", t.values()))
                .text(String.join("|", t.risks()))
                .text(t.fraud().id())
                .text(String.format(Locale.ROOT, "%.4f", t.fakeFollowerShare()))
                .num((long) t.sampleFakeCount())
                .end(truth);
    }

    /** The format as a person would write it: Instagram "reel", YouTube and TikTok "short". */
    private static String format(Platform platform, PostFormat format) {
        if (format == PostFormat.SHORT_VIDEO) {
            return platform == Platform.INSTAGRAM ? "reel" : "short";
        }
        return format.id();
    }

    private CatalogFiles start(String platform, String handle) {
        row.setLength(0);
        row.append(platform).append(',');
        appendText(handle);
        return this;
    }

    private CatalogFiles text(String value) {
        row.append(',');
        appendText(value);
        return this;
    }

    private void appendText(String value) {
        if (value == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char ch = value.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        if (!quote) {
            row.append(value);
            return;
        }
        row.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"') {
                row.append('"');
            }
            row.append(ch);
        }
        row.append('"');
    }

    private CatalogFiles num(Long value) {
        row.append(',');
        if (value != null) {
            row.append(value.longValue());
        }
        return this;
    }

    private CatalogFiles bool(Boolean value) {
        row.append(',');
        if (value != null) {
            row.append(value ? "true" : "false");
        }
        return this;
    }

    private CatalogFiles time(Instant value) {
        row.append(',');
        if (value != null) {
            row.append(value);
        }
        return this;
    }

    private void end(Writer out) throws IOException {
        row.append('\n');
        out.append(row);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Writer w : List.of(creators, posts, snapshots, sample, comments, truth)) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
