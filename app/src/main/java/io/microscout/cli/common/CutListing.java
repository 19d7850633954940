package io.microscout.cli.common;

import java.io.PrintWriter;
import java.util.Locale;

/** What a listing cut by {@code --limit} says on stderr: how many it shows of how many match, and how to see all. */
public final class CutListing {
    private CutListing() {}

    /** "showing 50 of 3,122; --limit 0 for all", or nothing when the listing holds every match. */
    public static String message(int shown, long total) {
        return shown >= total
                ? null
                : String.format(Locale.ROOT, "showing %,d of %,d; --limit 0 for all", shown, total);
    }

    /** Says so on {@code err} when the listing is cut. */
    public static void tell(PrintWriter err, int shown, long total) {
        String m = message(shown, total);
        if (m != null) {
            err.println(m);
            err.flush();
        }
    }
}
