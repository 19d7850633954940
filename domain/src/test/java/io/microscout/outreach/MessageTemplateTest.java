package io.microscout.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {
    @Test
    void anUnknownPlaceholderIsRefusedWithItsNameAndLine() {
        assertThatThrownBy(() -> new MessageTemplate("intro", "Hi {{name}}", "Hello {{name}},\nyour {{follwers}}"))
                .hasMessageStartingWith("template 'intro', body line 2: unknown placeholder {{follwers}}")
                .hasMessageContaining("{{why}}");
    }

    @Test
    void anUnclosedPlaceholderIsRefused() {
        assertThatThrownBy(() -> new MessageTemplate("intro", "Hi {{name", "Hello"))
                .hasMessageContaining("subject line 1: a placeholder is not closed");
    }

    @Test
    void everyPlaceholderIsFilledAndAMissingValueIsNamed() {
        MessageTemplate t = new MessageTemplate(
                "intro", "{{brand}} x {{name}}", "Hi {{ name }}, because {{why}}: {{deliverable}} for {{price}}.");
        var r = t.render(Map.of(
                Placeholder.NAME, "Zoe",
                Placeholder.BRAND, "Glow",
                Placeholder.WHY, "you post about $kincare",
                Placeholder.DELIVERABLE, "Instagram reel",
                Placeholder.PRICE, "$350.00"));

        assertThat(r.subject()).isEqualTo("Glow x Zoe");
        assertThat(r.body()).isEqualTo("Hi Zoe, because you post about $kincare: Instagram reel for $350.00.");
        assertThatThrownBy(() -> t.render(Map.of(Placeholder.NAME, "Zoe"))).hasMessageContaining("uses {{brand}}");
    }
}
