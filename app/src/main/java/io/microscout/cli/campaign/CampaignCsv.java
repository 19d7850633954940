package io.microscout.cli.campaign;

import io.microscout.campaign.CampaignReport;
import io.microscout.cli.common.CsvWriter;
import io.microscout.forecast.Figure;
import io.microscout.forecast.Interval;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's rows as CSV: one row per scope (campaign, tier, creator) with each realised figure, and for the
 * banded figures the forecast P10, P50, P90 and the band. Cells are neutralised against spreadsheet formulas.
 */
public final class CampaignCsv {
    private CampaignCsv() {}

    public static String of(CampaignReport r) {
        List<String> header = new ArrayList<>(List.of("scope", "label"));
        for (Figure f : CampaignText.SHOWN) {
            header.add(f.id());
        }
        for (Figure f : CampaignReport.BANDED) {
            header.addAll(List.of(f.id() + "_p10", f.id() + "_p50", f.id() + "_p90", f.id() + "_band"));
        }
        StringWriter out = new StringWriter();
        try {
            CsvWriter p = CsvWriter.of(out, header);
            row(p, "campaign", r.total());
            for (CampaignReport.Line l : r.tiers()) {
                row(p, "tier", l);
            }
            for (CampaignReport.Line l : r.creators()) {
                row(p, "creator", l);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void row(CsvWriter p, String scope, CampaignReport.Line l) throws IOException {
        List<Object> cells = new ArrayList<>(List.of(scope, l.label()));
        for (Figure f : CampaignText.SHOWN) {
            Double v = l.figures().get(f);
            cells.add(v == null || !Double.isFinite(v) ? "" : v);
        }
        for (Figure f : CampaignReport.BANDED) {
            Interval i = l.forecast().get(f);
            cells.add(i == null ? "" : i.p10());
            cells.add(i == null ? "" : i.p50());
            cells.add(i == null ? "" : i.p90());
            cells.add(l.bands().get(f).label());
        }
        p.row(cells);
    }
}
