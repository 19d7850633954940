package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A run builds only the command it names, and prints the same help as the whole tree does. */
class CommandTreeTest {

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).as(String.join(" ", args)).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static String wholeTree(String... args) {
        var cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        assertThat(cl.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void theTopLevelHelpListsEveryCommandAsTheWholeTreeDoes() {
        String lean = run("--help");
        assertThat(lean).contains("demo", "discover", "plans", "bench", "Find, vet and plan");
        assertThat(lean).isEqualTo(wholeTree("--help"));
    }

    @Test
    void aCommandsOwnHelpIsTheSameAsFromTheWholeTree() {
        for (String command : new String[] {"creators", "bench", "plans"}) {
            assertThat(run(command, "--help")).as(command).isEqualTo(wholeTree(command, "--help"));
        }
        assertThat(run("help", "demo")).isEqualTo(wholeTree("help", "demo"));
    }

    @Test
    void theCommandNamedIsTheOneInspected() {
        assertThat(CommandTree.namedBy("--verbose", "creators", "--limit", "3").test("creators"))
                .isTrue();
        assertThat(CommandTree.namedBy("creators", "demo").test("demo")).isFalse();
        assertThat(CommandTree.namedBy("help", "demo").test("demo")).isTrue();
        assertThat(CommandTree.namedBy("--help").test("demo")).isFalse();
    }
}
