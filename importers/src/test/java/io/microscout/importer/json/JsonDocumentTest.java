package io.microscout.importer.json;

import static io.microscout.importer.Reading.options;
import static io.microscout.importer.Reading.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportRead;
import io.microscout.importer.formats.SourceReaders;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every JSON reader does with a file that is not a JSON response. */
class JsonDocumentTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"instagram-graph", "youtube", "tiktok"})
    void malformedJsonIsAProblemAtJacksonsLineAndColumn(String format) throws IOException {
        Path file = write(dir, "bad.json", "{\n  \"items\": [\n    {\"id\": \"a\",}\n  ]\n}\n");

        ImportRead read = SourceReaders.forFormat(format).read(file, options(), AccountLookup.none());

        assertThat(read.batch().isEmpty()).isTrue();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.location()).isEqualTo("line 3, column 16, $.items[0].id");
            assertThat(p.message()).startsWith("malformed JSON: Unexpected character ('}'");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"instagram-graph", "youtube", "tiktok"})
    void anEmptyFileOrANonObjectIsAProblem(String format) throws IOException {
        ImportRead empty =
                SourceReaders.forFormat(format).read(write(dir, "empty.json", ""), options(), AccountLookup.none());
        ImportRead array = SourceReaders.forFormat(format)
                .read(write(dir, "array.json", "[1, 2]"), options(), AccountLookup.none());

        assertThat(empty.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty"));
        assertThat(array.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("found an array"));
    }
}
