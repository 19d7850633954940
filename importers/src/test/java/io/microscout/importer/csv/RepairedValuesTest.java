package io.microscout.importer.csv;

import static io.microscout.importer.Reading.options;
import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.creator.Platform;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportRead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values a spreadsheet mangled are read as meant when the repair is certain, and reported as repaired. */
class RepairedValuesTest {
    @TempDir
    Path dir;

    @Test
    void utf8ReadAsCp1252IsRepairedOnlyWhenUnambiguous() {
        assertThat(Mojibake.repair("CÃ´te d'Ivoire")).isEqualTo("Côte d'Ivoire");
        assertThat(Mojibake.repair("MarÃ­a JosÃ©")).isEqualTo("María José");
        assertThat(Mojibake.repair("SÃ£o Paulo")).isEqualTo("São Paulo");
        assertThat(Mojibake.repair("itâ€™s ðŸ”¥ new"))
                .as("continuation bytes cp1252 gives to other characters (€, ™, Ÿ, ...)")
                .isEqualTo("it\u2019s \uD83D\uDD25 new");
        assertThat(Mojibake.repair("it\u2019s \uD83D\uDD25 new"))
                .as("right text with emoji")
                .isNull();
        assertThat(Mojibake.repair("Côte d'Ivoire")).as("already right").isNull();
        assertThat(Mojibake.repair("Müller Café")).as("plain Latin-1 text").isNull();
        assertThat(Mojibake.repair("Vocï¿½ï¿½"))
                .as("characters lost before the file was written")
                .isNull();
        assertThat(Mojibake.repair("Ã")).as("a lone lead character").isNull();
        assertThat(Mojibake.repair(null)).isNull();
    }

    @Test
    void aTitleInTheHandleColumnBecomesAHandleLikeKeyAndStaysTheName() {
        assertThat(Handles.fromTitle("Cocomelon - Nursery Rhymes")).isEqualTo("cocomelon-nursery-rhymes");
        assertThat(Handles.fromTitle("Kids Diana Show")).isEqualTo("kids-diana-show");
        assertThat(Handles.fromTitle("Canal KondZilla!")).isEqualTo("canal-kondzilla");
        assertThat(Handles.fromTitle("Pokémon Oficial")).isEqualTo("pokemon-oficial");
        assertThat(Handles.fromTitle("@t-series")).as("a handle stays as it is").isEqualTo("t-series");
        assertThat(Handles.fromTitle("zoe.h_beauty")).isEqualTo("zoe.h_beauty");
        assertThat(Handles.fromTitle("🎵🎵")).as("nothing handle-like left").isEmpty();
    }

    @Test
    void aMisencodedCellKeepsItsRecordAndIsReportedWithLineAndColumn() throws IOException {
        Path file = dir.resolve("creators.csv");
        Files.writeString(
                file,
                "Channel,Subs,Land\nCocomelon - Nursery Rhymes,162000000,United States\nsome.one,5000,CÃ´te d'Ivoire\n",
                StandardCharsets.UTF_8);

        ImportRead read = new CsvSourceReader()
                .read(
                        file,
                        options(
                                Map.of("handle", "Channel", "followers", "Subs", "country", "Land"),
                                StandardCharsets.UTF_8,
                                Platform.YOUTUBE),
                        AccountLookup.none());

        assertThat(read.problems()).isEmpty();
        assertThat(read.batch().creators())
                .extracting(c -> c.handle() + "|" + c.displayName() + "|" + c.countryCode())
                .containsExactly("cocomelon-nursery-rhymes|Cocomelon - Nursery Rhymes|US", "some.one|null|CI");
        assertThat(read.repairs()).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo("line 3");
            assertThat(r.field()).isEqualTo("Land");
            assertThat(r.toString()).contains(file.toString(), "read as \"Côte d'Ivoire\"");
        });
    }
}
