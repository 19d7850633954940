package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    private static String demo(Path home, String... extra) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            String[] args = new String[4 + extra.length];
            args[0] = "demo";
            args[1] = "--home";
            args[2] = home.toString();
            args[3] = "--creators=20";
            System.arraycopy(extra, 0, args, 4, extra.length);
            assertThat(Main.run(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demoImportsTheGeneratedCatalogOnceAndShowsTiersAndTheTopMicroCreators(@TempDir Path home) {
        String first = demo(home, "--top", "3");
        assertThat(first)
                .contains(
                        "generated 20 creators",
                        "posts 600 added",
                        "The catalog at a glance: 20 accounts",
                        "micro",
                        "micro-influencers (3k-100k followers), all niches");
        String second = demo(home, "--top", "3");
        assertThat(second)
                .contains("using the catalog generated earlier")
                .doesNotContain(" added, ")
                .contains("unchanged");
    }

    @Test
    void theNextCommandsItSuggestsReachTheSameHomeAndNameTheTopCreator(@TempDir Path home) {
        String out = demo(home, "--top", "3");
        String next =
                out.lines().filter(l -> l.startsWith("Next: ")).findFirst().orElseThrow();
        assertThat(next)
                .contains("./microscout creators --tier micro --home " + home + ";")
                .doesNotContain("PLATFORM:HANDLE");
        String top = out.lines()
                .filter(l -> l.matches("\\s*1  \\S+:\\S+ .*"))
                .findFirst()
                .orElseThrow()
                .trim()
                .split("\\s+")[1];
        assertThat(next).contains("./microscout creator " + top + " --home " + home + ";");
    }

    @Test
    void anUnknownNicheIsAUserErrorNamingTheKnownOnes(@TempDir Path home) {
        assertThat(Main.run("demo", "--home", home.toString(), "--niche", "knitting"))
                .isEqualTo(2);
    }
}
