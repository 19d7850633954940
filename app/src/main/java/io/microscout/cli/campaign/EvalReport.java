package io.microscout.cli.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What the campaign evaluations share: text or {@code --json}, and exit 1 when the measured figure misses its gate. */
abstract class EvalReport {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    /**
     * Prints the document (with {@code passes} added) as JSON, or the text; returns 0 when it passes, else 1.
     *
     * @param document the figures, in the order to print them
     */
    int report(boolean passes, Map<String, Object> document, Consumer<PrintWriter> text)
            throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            document.put("passes", passes);
            out.println(CampaignHtml.JSON.writeValueAsString(document));
        } else {
            text.accept(out);
        }
        out.flush();
        return passes ? 0 : 1;
    }
}
