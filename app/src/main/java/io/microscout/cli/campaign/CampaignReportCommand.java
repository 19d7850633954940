package io.microscout.cli.campaign;

import io.microscout.campaign.CampaignReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code campaign report NAME [--json|--csv] [--html FILE]}. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description =
                "What the campaign realised per creator, per tier and in total beside the forecast's "
                        + "P10/P50/P90, its orders' attribution, and the disclosure check; --html writes a standalone file, --pdf a PDF.")
final class CampaignReportCommand extends CampaignSubcommand.Named implements Callable<Integer> {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print the rows as CSV.")
    boolean csv;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the report as a standalone HTML file.")
    Path html;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Write the report as a PDF file (chart and figures).")
    Path pdf;

    @Mixin
    CampaignCommand.LinkBase links;

    @Override
    public Integer call() throws Exception {
        CampaignReport r = run(s -> s.report(name));
        PrintWriter out = spec.commandLine().getOut();
        if (html != null || pdf != null) {
            if (html != null) {
                Files.writeString(html, CampaignHtml.standalone(r), StandardCharsets.UTF_8);
                out.println("wrote " + html);
            }
            if (pdf != null) {
                Files.write(pdf, CampaignPdf.of(r));
                out.println("wrote " + pdf);
            }
        } else if (json) {
            out.println(CampaignHtml.JSON.writeValueAsString(CampaignDocument.report(r, links.base())));
        } else if (csv) {
            out.print(CampaignCsv.of(r));
        } else {
            CampaignText.print(r, out);
        }
        out.flush();
        return 0;
    }
}
