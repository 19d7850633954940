package io.microscout.importer.csv;

import static io.microscout.importer.Reading.IMPORTED_AT;
import static io.microscout.importer.Reading.options;
import static io.microscout.importer.Reading.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.Creator;
import io.microscout.creator.Platform;
import io.microscout.creator.StatedEngagement;
import io.microscout.creator.StatedEngagement.Figure;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.ImportRead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spreadsheet of top creators with averages and a rate but no posts: the figures are kept with their source. */
class StatedEngagementCsvTest {
    private final CsvSourceReader reader = new CsvSourceReader();

    @TempDir
    Path dir;

    @Test
    void mappedAggregateColumnsAreReadAsStatedWithTheFileAndItsColumns() throws IOException {
        Path file = write(
                dir,
                "top.csv",
                "channel,followers,likes_avg,comments_avg,views_avg,60d_eng_rate\n"
                        + "anna,48k,6.5k,120,1.2M,1.39%\n"
                        + "ben,9000,812.5,14,,0.0139\n"
                        + "cara,20000,,,,NaN%\n");
        Map<String, String> map = Map.of(
                "handle", "channel",
                "avg_likes", "likes_avg",
                "avg_comments", "comments_avg",
                "avg_views", "views_avg",
                "engagement_rate", "60d_eng_rate");

        ImportRead read =
                reader.read(file, options(map, StandardCharsets.UTF_8, Platform.INSTAGRAM), AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        StatedEngagement anna = RealWorldCsvTest.creator(read, "anna").stated();
        assertThat(anna.averageLikes()).isEqualTo(6_500.0);
        assertThat(anna.averageComments()).isEqualTo(120.0);
        assertThat(anna.averageViews()).isEqualTo(1_200_000.0);
        assertThat(anna.engagementRate()).isEqualTo(0.0139, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(anna.source()).isEqualTo("top.csv");
        assertThat(anna.importedAt()).isEqualTo(IMPORTED_AT);
        assertThat(anna.describe(Figure.ENGAGEMENT_RATE)).isEqualTo("as stated by top.csv (60d_eng_rate)");
        assertThat(anna.describe())
                .isEqualTo("as stated by top.csv (likes_avg, comments_avg, views_avg, 60d_eng_rate)");
        StatedEngagement ben = RealWorldCsvTest.creator(read, "ben").stated();
        assertThat(ben.averageLikes()).as("an average may have a fraction").isEqualTo(812.5);
        assertThat(ben.averageViews()).as("an empty cell is unknown, not 0").isNull();
        assertThat(ben.engagementRate()).as("a fraction is itself").isEqualTo(0.0139);
        assertThat(ben.describe()).isEqualTo("as stated by top.csv (likes_avg, comments_avg, 60d_eng_rate)");
        assertThat(RealWorldCsvTest.creator(read, "cara").stated())
                .as("NaN% and empty cells state nothing")
                .isNull();
    }

    @Test
    void ourOwnColumnNamesNeedNoMapping() throws IOException {
        Path file = write(
                dir, "own.csv", "platform,handle,followers,avg_likes,engagement_rate\ninstagram,anna,48000,900,2%\n");

        ImportRead read = reader.read(file, options(), AccountLookup.none());

        StatedEngagement anna = RealWorldCsvTest.creator(read, "anna").stated();
        assertThat(anna.averageLikes()).isEqualTo(900.0);
        assertThat(anna.engagementRate()).isEqualTo(0.02);
        assertThat(anna.columns()).containsEntry(Figure.ENGAGEMENT_RATE, "engagement_rate");
    }

    @Test
    void aFileWithoutAggregateColumnsStatesNothing() throws IOException {
        Path file = write(dir, "plain.csv", "platform,handle,followers\ninstagram,anna,48000\n");

        ImportRead read = reader.read(file, options(), AccountLookup.none());

        assertThat(RealWorldCsvTest.creator(read, "anna").stated()).isNull();
    }

    @Test
    void badAggregateCellsAreLocatedByLineAndColumnAndLeaveOnlyTheirRecordOut() throws IOException {
        Path file = write(
                dir,
                "bad.csv",
                "platform,handle,avg_likes,eng\n"
                        + "instagram,a,lots,1%\n"
                        + "instagram,b,100,1.39\n"
                        + "instagram,c,100,-2%\n"
                        + "instagram,d,5%,1%\n"
                        + "instagram,e,100,1%\n");

        ImportRead read = reader.read(
                file, options(Map.of("engagement_rate", "eng"), StandardCharsets.UTF_8, null), AccountLookup.none());

        assertThat(read.batch().creators()).extracting(Creator::handle).containsExactly("e");
        String f = file.toString();
        assertThat(read.problems())
                .containsExactly(
                        new ImportProblem(
                                f,
                                "line 2",
                                "avg_likes",
                                "\"lots\" is not a number (such as 12,345, 3.3k, 475.8m or 1.2b)"),
                        new ImportProblem(
                                f,
                                "line 3",
                                "eng",
                                "\"1.39\" is ambiguous as a rate: write it as a percentage (1.39%) or a fraction (0.0139)"),
                        new ImportProblem(f, "line 4", "eng", "\"-2%\" is not a rate from 0% up"),
                        new ImportProblem(f, "line 5", "avg_likes", "\"5%\" is a rate, not an average count"));
    }
}
