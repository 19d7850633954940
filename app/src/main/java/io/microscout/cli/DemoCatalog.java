package io.microscout.cli;

import io.microscout.app.MicroScout;
import io.microscout.creator.CreatorKey;
import io.microscout.store.CreatorOrigins;
import java.util.Collection;
import java.util.Set;

/** The demo's creators in a home: which they are, so that listings mark them and imports warn about them. */
final class DemoCatalog {
    private DemoCatalog() {}

    static CreatorOrigins origins(MicroScout app) {
        return new CreatorOrigins(app.store().jdbi());
    }

    static Set<CreatorKey> keysAmong(MicroScout app, Collection<CreatorKey> keys) {
        return origins(app).among(keys, CreatorOrigins.DEMO);
    }

    static long count(MicroScout app) {
        return origins(app).count(CreatorOrigins.DEMO);
    }

    /** The warning an import into a home with demo data prints, or null when the home has none. */
    static String mixingWarning(MicroScout app) {
        long n = count(app);
        return n == 0
                ? null
                : String.format(
                        "warning: this home holds %,d demo creators (generated, not real); the imported creators are"
                                + " listed beside them, marked demo=yes in exports. Remove them with"
                                + " ./microscout catalog remove --source demo, or import into another --home.",
                        n);
    }
}
