package io.microscout.cli.campaign;

import io.microscout.campaign.CampaignReport;
import io.microscout.forecast.Figure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The campaign report as a PDF (Apache PDFBox): first a chart of spend and return per creator (bars of cost and
 * attributed revenue), then the whole report as the terminal shows it ({@link CampaignText}), page after page, in a
 * monospaced standard font. Characters the standard fonts cannot draw are written as '?'.
 */
public final class CampaignPdf {
    private static final float MARGIN = 40;
    private static final float SIZE = 7.5f;
    private static final float LEADING = 9.5f;
    private static final int COLUMNS = 128;

    private CampaignPdf() {}

    public static byte[] of(CampaignReport r) {
        StringWriter text = new StringWriter();
        CampaignText.print(r, new PrintWriter(text));
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Campaign " + r.campaign().name());
            info.setCreator("MicroScout");
            PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            Writer w = new Writer(doc, mono);
            w.heading(bold, "Campaign " + r.campaign().name() + ": realised against the forecast");
            w.chart(r.creators());
            for (String line : text.toString().split("\\R")) {
                for (int i = 0; i < Math.max(1, line.length()); i += COLUMNS) {
                    w.line(line.substring(i, Math.min(line.length(), i + COLUMNS)));
                }
            }
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the campaign's PDF", e);
        }
    }

    /** Lines down the pages, a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType1Font font;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument doc, PDType1Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            next();
        }

        private void next() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void room(float height) throws IOException {
            if (y - height < MARGIN) {
                next();
            }
        }

        void heading(PDType1Font bold, String text) throws IOException {
            room(20);
            write(bold, 12, MARGIN, y - 12, text);
            y -= 24;
        }

        void line(String text) throws IOException {
            room(LEADING);
            write(font, SIZE, MARGIN, y - SIZE, text);
            y -= LEADING;
        }

        /** Spend (grey) and return (green) per creator, scaled to the largest amount. */
        void chart(List<CampaignReport.Line> creators) throws IOException {
            double max = 0;
            for (CampaignReport.Line l : creators) {
                max = Math.max(max, Math.max(amount(l, Figure.COST), amount(l, Figure.REVENUE)));
            }
            line("Spend and return per creator (bars: cost, attributed revenue)");
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - 300;
            for (CampaignReport.Line l : creators) {
                room(2 * LEADING + 2);
                double cost = amount(l, Figure.COST), revenue = amount(l, Figure.REVENUE);
                write(font, SIZE, MARGIN, y - SIZE, l.label());
                bar(0.6f, 0.6f, 0.6f, cost, max, width, y - LEADING + 2);
                write(font, SIZE, MARGIN + 190 + width + 6, y - SIZE, "cost " + CampaignText.value(Figure.COST, cost));
                y -= LEADING;
                bar(0.2f, 0.6f, 0.3f, revenue, max, width, y - LEADING + 2);
                write(
                        font,
                        SIZE,
                        MARGIN + 190 + width + 6,
                        y - SIZE,
                        "revenue " + CampaignText.value(Figure.REVENUE, revenue));
                y -= LEADING + 2;
            }
            y -= LEADING;
        }

        private void bar(float red, float green, float blue, double v, double max, float width, float at)
                throws IOException {
            float w = max <= 0 ? 0 : (float) (width * v / max);
            page.setNonStrokingColor(red, green, blue);
            page.addRect(MARGIN + 190, at, Math.max(w, 0.5f), LEADING - 3);
            page.fill();
            page.setNonStrokingColor(0f, 0f, 0f);
        }

        private static double amount(CampaignReport.Line l, Figure f) {
            Double v = l.figures().get(f);
            return v == null || !Double.isFinite(v) ? 0 : v;
        }

        private void write(PDType1Font f, float size, float x, float at, String text) throws IOException {
            page.beginText();
            page.setFont(f, size);
            page.newLineAtOffset(x, at);
            page.showText(drawable(f, text));
            page.endText();
        }

        /** The text with each character the font cannot encode as '?'. */
        private static String drawable(PDType1Font f, String text) {
            StringBuilder b = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    f.encode(ch);
                    b.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    b.append('?');
                }
            });
            return b.toString();
        }

        void close() throws IOException {
            page.close();
        }
    }
}
