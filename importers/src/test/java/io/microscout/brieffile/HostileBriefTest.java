package io.microscout.brieffile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.brief.BriefException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Briefs that are not briefs (issue 11): each a clear error naming the file, never a crash or library jargon. */
class HostileBriefTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyBriefSaysWhatABriefNeeds() {
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "  \n"))
                .isInstanceOf(BriefException.class)
                .hasMessage(
                        "b.yaml: the brief is empty; it needs at least one of product, keywords or niches (see docs/brief.md)");
    }

    @Test
    void aBudgetGivenTwiceIsRefused() {
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "product: serum\nbudget: 100\nbudget: 5000\n"))
                .isInstanceOf(BriefException.class)
                .hasMessage("b.yaml: line 3: the key 'budget' is given twice; give it once");
        assertThatThrownBy(() -> BriefFiles.parse("b.json", "{\"product\": \"x\", \"budget\": 1, \"budget\": 2}"))
                .hasMessageContaining("the key 'budget' is given twice");
    }

    @Test
    void infinityAndNotANumberAreNamedPlainly() {
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "product: serum\nbudget: .inf\n"))
                .isInstanceOf(BriefException.class)
                .hasMessage("b.yaml: line 2: budget: YAML's .inf is an infinite number; give a finite one");
        assertThatThrownBy(() -> BriefFiles.parse("b.yaml", "product: serum\nbudget: .nan\n"))
                .hasMessage("b.yaml: line 2: budget: YAML's .nan means not a number; give a number");
    }

    @Test
    void aFolderLatin1Utf16OrBinaryFileIsAClearError() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("brief.yaml"));
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), "product: crème\n".getBytes(StandardCharsets.ISO_8859_1));
        Path binary = Files.write(dir.resolve("binary.yaml"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2});
        Path utf16 = Files.write(dir.resolve("utf16.yaml"), "product: crème\n".getBytes(StandardCharsets.UTF_16));

        assertThatThrownBy(() -> BriefFiles.read(folder))
                .isInstanceOf(BriefException.class)
                .hasMessageContaining("is a folder");
        assertThatThrownBy(() -> BriefFiles.read(latin1))
                .isInstanceOf(BriefException.class)
                .hasMessage("latin1.yaml: is not UTF-8 text (Latin-1 or Windows-1252, perhaps); save it as UTF-8");
        assertThatThrownBy(() -> BriefFiles.read(binary))
                .isInstanceOf(BriefException.class)
                .hasMessageContaining("not a text file");
        assertThat(BriefFiles.read(utf16).product()).isEqualTo("crème");
    }
}
