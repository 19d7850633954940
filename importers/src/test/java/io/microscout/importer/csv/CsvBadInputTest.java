package io.microscout.importer.csv;

import static io.microscout.importer.Reading.options;
import static io.microscout.importer.Reading.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.creator.Platform;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.ImportRead;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvBadInputTest {
    private final CsvSourceReader reader = new CsvSourceReader();

    @TempDir
    Path dir;

    @Test
    void anUnreadableValueNamesFileLineAndColumnAndLeavesOnlyItsRecordOut() throws IOException {
        Path file = write(
                dir,
                "creators.csv",
                "platform,handle,followers\n" + "instagram,a,1.2k\n" + "instagram,b,3.3x\n" + "instagram,c,900\n");

        ImportRead read = reader.read(file, options(), AccountLookup.none());

        assertThat(read.recordsRead()).isEqualTo(3);
        assertThat(read.batch().creators()).extracting(c -> c.handle()).containsExactly("a", "c");
        assertThat(read.problems())
                .containsExactly(new ImportProblem(
                        file.toString(),
                        "line 3",
                        "followers",
                        "\"3.3x\" is not a number (such as 12,345, 3.3k, 475.8m or 1.2b)"));
        assertThat(read.problems().get(0).toString()).startsWith(file + ":line 3: field 'followers': \"3.3x\"");
    }

    @Test
    void theLineIsThePhysicalLineOfTheRecordAfterQuotedLineBreaksAndBlankLines() throws IOException {
        Path file = write(
                dir,
                "posts.csv",
                "platform,handle,post_id,published_at,caption,likes\r\n"
                        + "instagram,a,1,2026-04-01,\"two\r\nlines\",10\r\n"
                        + "\r\n"
                        + "instagram,a,2,2026-04-02,\"three\nmore\nlines\",ten\r\n"
                        + "instagram,a,3,yesterday,x,1\r\n");

        ImportRead read = reader.read(file, options(), AccountLookup.none());

        assertThat(read.problems())
                .extracting(ImportProblem::location, ImportProblem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("line 5", "likes"),
                        org.assertj.core.groups.Tuple.tuple("line 8", "published_at"));
        assertThat(read.batch().posts()).hasSize(1);
        assertThat(read.batch().posts().get(0).caption()).isEqualTo("two\r\nlines");
    }

    @Test
    void everyBadValueOfARecordIsReported() throws IOException {
        Path file = write(dir, "c.csv", "platform,handle,followers,country,verified\nmyspace,a,-3,Atlantis,perhaps\n");

        ImportRead read = reader.read(file, options(), AccountLookup.none());

        assertThat(read.problems())
                .extracting(ImportProblem::field)
                .containsExactly("platform", "followers", "country", "verified");
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.location()).isEqualTo("line 2"));
    }

    @Test
    void aMissingRequiredColumnIsOneProblemAtTheHeader() throws IOException {
        Path file = write(dir, "c.csv", "name,followers\nLena,12\n");

        ImportRead read = reader.read(file, options(), AccountLookup.none());

        assertThat(read.batch().isEmpty()).isTrue();
        assertThat(read.problems()).extracting(ImportProblem::location).containsOnly("line 1");
        assertThat(read.problems())
                .extracting(ImportProblem::message)
                .anySatisfy(m -> assertThat(m).contains("'handle' is missing").contains("--map handle=COLUMN"))
                .anySatisfy(m -> assertThat(m).contains("'platform' is missing").contains("--platform"));
    }

    @Test
    void theDefaultPlatformServesAFileWithoutPlatformColumn() throws IOException {
        Path file = write(dir, "c.csv", "handle,followers\nlena,12\n");

        ImportRead read =
                reader.read(file, options(Map.of(), StandardCharsets.UTF_8, Platform.TIKTOK), AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        assertThat(read.batch().creators().get(0).platform()).isEqualTo(Platform.TIKTOK);
    }

    @Test
    void aMappingNamesTheFilesColumnsAndOtherColumnsAreStillFoundByTheirOwnName() throws IOException {
        Path file = write(dir, "c.csv", "Account,Fans,Posts\nLena,2.5k,40\n");

        ImportRead read = reader.read(
                file,
                options(Map.of("handle", "account", "followers", "Fans"), StandardCharsets.UTF_8, Platform.INSTAGRAM),
                AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        assertThat(read.batch().creators().get(0).followers()).isEqualTo(2_500L);
        assertThat(read.batch().creators().get(0).mediaCount()).isEqualTo(40L);
    }

    @Test
    void aMappedColumnMissingFromTheFileIsAProblemAndAnUnknownOwnColumnAUserError() throws IOException {
        Path file = write(dir, "c.csv", "Account\nLena\n");

        ImportRead read = reader.read(
                file,
                options(Map.of("handle", "Account", "followers", "Fans"), StandardCharsets.UTF_8, Platform.INSTAGRAM),
                AccountLookup.none());
        assertThat(read.problems())
                .singleElement()
                .satisfies(p ->
                        assertThat(p.message()).contains("column 'Fans' (mapped to followers) is not in the header"));

        assertThatThrownBy(() -> reader.read(
                        file,
                        options(Map.of("fans", "Account"), StandardCharsets.UTF_8, Platform.INSTAGRAM),
                        AccountLookup.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown MicroScout column 'fans'")
                .hasMessageContaining("followers");
    }

    @Test
    void aByteOrderMarkIsSkippedWhateverTheEncodingSaid() throws IOException {
        Path file = write(dir, "c.csv", "\uFEFFhandle,name\nlena,Léna\n");

        ImportRead read = reader.read(
                file, options(Map.of(), Charset.forName("windows-1252"), Platform.INSTAGRAM), AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        assertThat(read.batch().creators().get(0).displayName()).isEqualTo("Léna");
    }

    @Test
    void anotherEncodingIsReadWhenNamedAndReportedWithItsLineWhenNot() throws IOException {
        Path file = dir.resolve("c.csv");
        Files.write(file, "handle,name\nlena,Lena\nzoe,Zo\u00eb\n".getBytes(Charset.forName("windows-1252")));

        ImportRead asCp1252 = reader.read(
                file, options(Map.of(), Charset.forName("windows-1252"), Platform.INSTAGRAM), AccountLookup.none());
        assertThat(asCp1252.batch().creators().get(1).displayName()).isEqualTo("Zoë");

        ImportRead asUtf8 =
                reader.read(file, options(Map.of(), StandardCharsets.UTF_8, Platform.INSTAGRAM), AccountLookup.none());
        assertThat(asUtf8.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 3");
            assertThat(p.field()).isEqualTo("name");
            assertThat(p.message()).contains("not UTF-8 text").contains("--encoding");
        });
        assertThat(asUtf8.batch().creators()).extracting(c -> c.handle()).containsExactly("lena");
    }

    @Test
    void semicolonSeparatedSpreadsheetsAreRead() throws IOException {
        Path file = write(dir, "c.csv", "handle;followers\nlena;\"12,345\"\n");

        ImportRead read =
                reader.read(file, options(Map.of(), StandardCharsets.UTF_8, Platform.INSTAGRAM), AccountLookup.none());

        assertThat(read.batch().creators().get(0).followers()).isEqualTo(12_345L);
    }

    @Test
    void anUnclosedQuoteIsMalformedCsvAtItsLineAndTheRecordsBeforeItAreKept() throws IOException {
        Path file = write(dir, "c.csv", "handle,name\nlena,Lena\nzoe,\"Zoe\nmax,Max\n");

        ImportRead read =
                reader.read(file, options(Map.of(), StandardCharsets.UTF_8, Platform.INSTAGRAM), AccountLookup.none());

        assertThat(read.batch().creators()).hasSize(1);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 3");
            assertThat(p.message()).startsWith("malformed CSV");
        });
    }

    @Test
    void anEmptyFileIsAProblem() throws IOException {
        ImportRead read = reader.read(write(dir, "e.csv", ""), options(), AccountLookup.none());

        assertThat(read.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty"));
    }

    @Test
    void charactersLostBeforeTheFileWasWrittenAreReportedInTheColumnsRead() throws IOException {
        Path file = write(dir, "c.csv", "handle,name,notes\nlena,Lena,ï¿½ not read\nvoc,Vocï¿½ï¿½,\nzoe,Zo\uFFFD,\n");

        ImportRead read =
                reader.read(file, options(Map.of(), StandardCharsets.UTF_8, Platform.INSTAGRAM), AccountLookup.none());

        assertThat(read.batch().creators()).extracting(c -> c.handle()).containsExactly("lena");
        assertThat(read.problems())
                .extracting(ImportProblem::location, ImportProblem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("line 3", "name"),
                        org.assertj.core.groups.Tuple.tuple("line 4", "name"));
    }

    @Test
    void withoutAFormatAPostIsWhatItsPlatformMostlyHolds() throws IOException {
        Path file = write(
                dir,
                "p.csv",
                "platform,handle,post_id,published_at\ninstagram,a,1,2026-04-01\n"
                        + "youtube,a,2,2026-04-01\ntiktok,a,3,2026-04-01\n");

        ImportRead read = reader.read(file, options(), AccountLookup.none());

        assertThat(read.batch().posts())
                .extracting(p -> p.format())
                .containsExactly(
                        io.microscout.creator.PostFormat.PHOTO,
                        io.microscout.creator.PostFormat.VIDEO,
                        io.microscout.creator.PostFormat.SHORT_VIDEO);
    }
}
