package io.microscout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A command that only groups others prints its usage, naming its subcommands, and exits 0. */
class CommandGroupTest {

    private static String alone(String command) {
        StringWriter out = new StringWriter();
        assertThat(Main.commandLine(out, new StringWriter()).execute(command)).isZero();
        return out.toString();
    }

    @Test
    void eachGroupAloneListsItsSubcommands() {
        assertThat(alone("catalog")).contains("Usage: microscout catalog").contains("remove");
        assertThat(alone("index")).contains("Usage: microscout index").contains("rebuild");
        assertThat(alone("watch")).contains("Usage: microscout watch").contains("schedule");
    }
}
