package io.microscout.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShellWordsTest {

    @Test
    void aPlainPathIsLeftAsItIs() {
        assertThat(ShellWords.quoted("/tmp/demo-home_1")).isEqualTo("/tmp/demo-home_1");
    }

    @Test
    void spacesQuotesAndDollarsAreSingleQuoted() {
        assertThat(ShellWords.quoted("/tmp/my home")).isEqualTo("'/tmp/my home'");
        assertThat(ShellWords.quoted("/tmp/$HOME")).isEqualTo("'/tmp/$HOME'");
        assertThat(ShellWords.quoted("/tmp/it's")).isEqualTo("'/tmp/it'\\''s'");
        assertThat(ShellWords.quoted("")).isEqualTo("''");
    }
}
