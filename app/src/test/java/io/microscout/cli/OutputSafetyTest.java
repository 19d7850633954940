package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile imported text reaches neither a spreadsheet as a formula nor a terminal as control codes; exports are whole. */
class OutputSafetyTest {
    @TempDir
    Path dir;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.commandLine(out, err).execute(args);
    }

    private String home() throws Exception {
        Path csv = Files.writeString(
                dir.resolve("c.csv"),
                "platform,handle,name,followers\n"
                        + "instagram,formula,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",5000\n"
                        + "instagram,escape,\"\u001b[2J\u0007Bell\rOver\",4000\n"
                        + "instagram,plain,-minus +plus @at,3000\n");
        String home = dir.resolve("home").toString();
        assertThat(run("import", csv.toString(), "--format", "csv", "--no-index", "--home", home))
                .as(err::toString)
                .isZero();
        return home;
    }

    @Test
    void csvExportsNeutraliseFormulaCellsAndTablesDropControlCharacters() throws Exception {
        String home = home();

        assertThat(run("creators", "--csv", "--home", home)).isZero();
        assertThat(out.toString())
                .contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",", ",'-minus +plus @at,")
                .doesNotContain(",=HYPERLINK");

        assertThat(run("creators", "--home", home)).isZero();
        assertThat(out.toString()).contains("[2JBellOver").doesNotContain("\u001b", "\u0007", "\r");
        assertThat(run("creator", "instagram:escape", "--home", home)).isZero();
        assertThat(out.toString()).contains("[2JBellOver").doesNotContain("\u001b", "\u0007", "\r");
    }

    @Test
    void exportsReturnEverythingAndACutListingSaysSoOnStderr() throws Exception {
        String home = home();

        assertThat(run("creators", "--json", "--home", home)).isZero();
        assertThat(out.toString()).contains("\"formula\"", "\"escape\"", "\"plain\"");
        assertThat(err.toString()).isEmpty();

        assertThat(run("creators", "--limit", "2", "--home", home)).isZero();
        assertThat(out.toString()).contains("formula", "escape").doesNotContain("instagram:plain");
        assertThat(err.toString()).contains("showing 2 of 3; --limit 0 for all");

        assertThat(run("creators", "--json", "--limit", "1", "--home", home)).isZero();
        assertThat(err.toString())
                .as("the total is counted, not the one row more")
                .contains("showing 1 of 3;");

        assertThat(run("creators", "--csv", "--limit", "3", "--home", home)).isZero();
        assertThat(err.toString()).isEmpty();
    }
}
