package io.microscout.importer.csv;

import static io.microscout.importer.Reading.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.microscout.creator.Creator;
import io.microscout.creator.Platform;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.ImportRead;
import io.microscout.testing.SharedData;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two messy real-world CSV files of ../shared/data, read in place through a column mapping. */
class RealWorldCsvTest {
    private final CsvSourceReader reader = new CsvSourceReader();

    /** The creator of this handle in what was read. */
    static Creator creator(ImportRead read, String handle) {
        return read.batch().creators().stream()
                .filter(c -> c.handle().equals(handle))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void topInstagramInfluencersReadsEveryRowRepairingTheOneMojibakeCountry() throws IOException {
        Path file = SharedData.path("top-instagram-influencers/top_insta_influencers_data.csv");
        Map<String, String> map = Map.of(
                "handle",
                "channel_info",
                "followers",
                "followers",
                "posts",
                "posts",
                "country",
                "country",
                "total_likes",
                "total_likes");

        ImportRead read =
                reader.read(file, options(map, StandardCharsets.UTF_8, Platform.INSTAGRAM), AccountLookup.none());

        assertThat(read.recordsRead()).isEqualTo(200);
        assertThat(read.batch().creators()).hasSize(200);
        assertThat(read.problems()).isEmpty();
        assertThat(read.repairs()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 134");
            assertThat(p.field()).isEqualTo("country");
            assertThat(p.message()).contains("\"CÃ´te d'Ivoire\" read as \"Côte d'Ivoire\"");
        });
        assertThat(creator(read, "hrithikroshan").countryCode()).isEqualTo("CI");
        Creator cristiano = creator(read, "cristiano");
        assertThat(cristiano.followers()).isEqualTo(475_800_000L);
        assertThat(cristiano.mediaCount()).isEqualTo(3_300L);
        assertThat(cristiano.totalLikes()).isEqualTo(29_000_000_000L);
        assertThat(cristiano.countryCode()).isEqualTo("ES");
        Creator messi = creator(read, "leomessi");
        assertThat(messi.mediaCount()).isEqualTo(890L);
        assertThat(messi.countryCode()).as("NaN is unknown").isNull();
        assertThat(creator(read, "laudyacynthiabella").followers()).isEqualTo(36_900_000L);
        assertThat(creator(read, "shakira").followers())
                .as("handles are normalized")
                .isEqualTo(76_100_000L);
        assertThat(read.batch().snapshots()).hasSize(200);
    }

    @Test
    void topInstagramInfluencersStatesAverageLikesAndTheSixtyDayRateWithTheirColumns() throws IOException {
        Path file = SharedData.path("top-instagram-influencers/top_insta_influencers_data.csv");
        Map<String, String> map = Map.of("handle", "channel_info", "engagement_rate", "60d_eng_rate");

        ImportRead read =
                reader.read(file, options(map, StandardCharsets.UTF_8, Platform.INSTAGRAM), AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        var cristiano = creator(read, "cristiano").stated();
        assertThat(cristiano.averageLikes()).isEqualTo(8_700_000.0);
        assertThat(cristiano.engagementRate()).isEqualTo(0.0139, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(cristiano.describe())
                .isEqualTo("as stated by top_insta_influencers_data.csv (avg_likes, 60d_eng_rate)");
        long withRate = read.batch().creators().stream()
                .filter(c -> c.stated() != null && c.stated().engagementRate() != null)
                .count();
        assertThat(withRate).as("every row but line 169's NaN%").isEqualTo(199);
        assertThat(read.batch().creators().stream().filter(c -> c.stated() == null))
                .as("every row states avg_likes")
                .isEmpty();
    }

    @Test
    void globalYouTubeStatisticsStatesNoPerPostFigure() throws IOException {
        // Its video_views is a lifetime total and video_views_for_the_last_30_days a 30-day total, neither an
        // average per video: the file states no engagement figure, so none is made up.
        Path file = SharedData.path("global-youtube-statistics-2023/Global YouTube Statistics.csv");
        Map<String, String> map =
                Map.of("handle", "Youtuber", "followers", "subscribers", "total_views", "video_views");

        ImportRead read = reader.read(
                file, options(map, Charset.forName("windows-1252"), Platform.YOUTUBE), AccountLookup.none());

        assertThat(read.batch().creators()).hasSizeGreaterThan(900);
        assertThat(read.batch().creators())
                .allSatisfy(c -> assertThat(c.stated()).isNull());
    }

    @Test
    void globalYouTubeStatisticsReadsAsWindows1252AndReportsNamesWithLostCharacters() throws IOException {
        Path file = SharedData.path("global-youtube-statistics-2023/Global YouTube Statistics.csv");
        Map<String, String> map = Map.of(
                "handle",
                "Youtuber",
                "name",
                "Title",
                "followers",
                "subscribers",
                "total_views",
                "video_views",
                "posts",
                "uploads",
                "country",
                "Country");

        ImportRead read = reader.read(
                file, options(map, Charset.forName("windows-1252"), Platform.YOUTUBE), AccountLookup.none());

        assertThat(read.recordsRead()).isEqualTo(995);
        assertThat(read.problems())
                .as("72 lines hold U+FFFD written as UTF-8 in Youtuber or Title")
                .hasSize(72);
        assertThat(read.problems())
                .extracting(ImportProblem::location, ImportProblem::field)
                .startsWith(tuple("line 40", "Title"), tuple("line 45", "Title"), tuple("line 57", "Youtuber"));
        assertThat(read.problems().get(2).message()).startsWith("\"Vocï¿½ï¿½ï¿½\" holds \"ï¿½\": characters lost");
        assertThat(read.batch().creators()).hasSize(923);
        Creator tSeries = creator(read, "t-series");
        assertThat(tSeries.followers()).isEqualTo(245_000_000L);
        assertThat(tSeries.totalViews()).as("2.28E+11").isEqualTo(228_000_000_000L);
        assertThat(tSeries.mediaCount()).isEqualTo(20_082L);
        assertThat(tSeries.countryCode()).isEqualTo("IN");
        assertThat(tSeries.category()).as("found by its own name, unmapped").isEqualTo("Music");
        Creator movies = creator(read, "youtube-movies");
        assertThat(movies.displayName()).isEqualTo("youtubemovies");
        Creator cocomelon = creator(read, "cocomelon-nursery-rhymes"); // a title in the Youtuber column
        assertThat(cocomelon.displayName()).isEqualTo("Cocomelon - Nursery Rhymes");
        assertThat(movies.totalViews()).isZero();
        assertThat(creator(read, "mrbeast").totalViews()).isEqualTo(28_368_841_870L);
        assertThat(read.batch().creators())
                .filteredOn(c -> c.countryCode() == null)
                .as("'nan' countries")
                .hasSize(114);
        assertThat(read.batch().creators())
                .filteredOn(c -> c.category() == null)
                .as("'nan' categories")
                .hasSize(43);
    }

    @Test
    void globalYouTubeStatisticsReadAsUtf8NamesEachLineWhoseReadColumnsAreNot() throws IOException {
        Path file = SharedData.path("global-youtube-statistics-2023/Global YouTube Statistics.csv");
        Map<String, String> map = Map.of("handle", "Youtuber", "followers", "subscribers");

        ImportRead read =
                reader.read(file, options(map, StandardCharsets.UTF_8, Platform.YOUTUBE), AccountLookup.none());

        assertThat(read.problems()).hasSize(99);
        assertThat(read.problems()).extracting(ImportProblem::location).startsWith("line 8", "line 57", "line 66");
        assertThat(read.problems().get(0).field()).isEqualTo("Youtuber");
        assertThat(read.problems().get(0).message()).contains("U+FFFD").contains("--encoding");
        assertThat(read.batch().creators()).hasSize(995 - 99);
    }
}
