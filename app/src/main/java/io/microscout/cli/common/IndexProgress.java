package io.microscout.cli.common;

import io.microscout.discovery.CatalogIndexer;
import java.io.PrintWriter;
import java.util.Locale;

/** How the commands that fill the search index report it on stderr. */
public final class IndexProgress {
    private IndexProgress() {}

    /** Progress on stderr: a heading, then "indexed N/TOTAL creators" after each batch. */
    public static CatalogIndexer.Progress progress(PrintWriter err, long total, String heading) {
        err.println(heading + " (" + total + " creators)");
        err.flush();
        return n -> {
            err.printf(Locale.ROOT, "\rindexed %,d/%,d creators   ", n, total);
            if (n >= total) {
                err.println();
            }
            err.flush();
        };
    }

    /**
     * "indexed N WHAT in S s; embedded T texts at R texts/s; reused U stored vectors" (the rate includes loading the
     * model; the last part only when vectors were reused).
     */
    public static String summary(CatalogIndexer indexer, long creators, String what, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Double rate = indexer.textsPerSecond();
        return String.format(
                Locale.ROOT,
                "indexed %,d %s in %.1f s; embedded %,d texts%s%s",
                creators,
                what,
                seconds,
                indexer.textsEmbedded(),
                rate == null ? "" : String.format(Locale.ROOT, " at %.0f texts/s", rate),
                indexer.textsReused() == 0
                        ? ""
                        : String.format(Locale.ROOT, "; reused %,d stored vectors", indexer.textsReused()));
    }
}
