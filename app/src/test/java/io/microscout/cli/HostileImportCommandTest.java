package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a user sees when a command meets hostile input or a bug (issue 11): plain lines, never a stack trace. */
class HostileImportCommandTest {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void aFileWithTooLongTextIsReportedAndTheOtherFilesStillRunAndAreSummedUp() throws Exception {
        Path first = Files.writeString(dir.resolve("a.csv"), "platform,handle,followers\ninstagram,anna,1000\n");
        Path bad = Files.writeString(
                dir.resolve("b.csv"), "platform,handle,email\ninstagram,ben," + "x".repeat(400) + "@y.z\n");
        Path last = Files.writeString(dir.resolve("c.csv"), "platform,handle,followers\ninstagram,cleo,2000\n");
        String home = dir.resolve("home").toString();

        int code = run(
                "import",
                first.toString(),
                bad.toString(),
                last.toString(),
                "--format",
                "csv",
                "--no-index",
                "--home",
                home);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("error: " + bad + ":line 2: field 'email': is 404 characters long; at most 320 fit")
                .doesNotContain("Exception", "\tat ");
        assertThat(out.toString())
                .contains(first + ": 1 records read", bad + ": nothing stored", last + ": 1 records read");
        out.getBuffer().setLength(0);
        assertThat(run("creators", "--json", "--home", home)).isZero();
        assertThat(out.toString()).contains("\"anna\"", "\"cleo\"").doesNotContain("\"ben\"");
    }

    @Test
    void anUnexpectedErrorIsOneLineNamingTheLogUnderTheHome() throws Exception {
        Path home = dir.resolve("home");
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        CommandLine.ParseResult parsed = cl.parseArgs("creators", "--home", home.toString());

        int code =
                new UserErrors().handleExecutionException(new IllegalStateException("boom\nsecond line"), cl, parsed);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith(
                                "internal error (please report it with the log): IllegalStateException: boom; details in "
                                        + home.toAbsolutePath()
                                                .normalize()
                                                .resolve("logs")
                                                .resolve("error-")));
        Path log = Path.of(err.toString().trim().replaceAll(".*details in ", ""));
        assertThat(Files.readString(log)).contains("java.lang.IllegalStateException: boom", "\tat ");
    }
}
