package io.microscout.cli.common;

import io.microscout.app.CreatorSearch;
import io.microscout.app.DiscoveryOffer;
import io.microscout.app.MicroScout;
import io.microscout.app.OutreachDesk;
import io.microscout.brief.Brief;
import io.microscout.creator.Creator;
import io.microscout.discovery.DiscoveryService;
import io.microscout.discovery.RankedCreator;
import io.microscout.outreach.likelihood.Acceptance;
import io.microscout.store.workspace.JdbiAccounts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Discovery on the application's catalog and its Lucene index ({@code <home>/index}), MiniLM embeddings. */
public final class CatalogDiscoveryBackend implements DiscoveryBackend {
    private final MicroScout app;
    private final DiscoveryService discovery;

    private CatalogDiscoveryBackend(MicroScout app, PrintWriter err) {
        this.app = app;
        if (app.catalog().countCreators() == 0) {
            app.close();
            throw new UserException("the catalog at " + app.location().describe() + " is empty: import creators first"
                    + " (./microscout import FILES --format FORMAT, or ./microscout demo)");
        }
        this.discovery = app.search()
                .discovery(() -> IndexProgress.progress(
                        err, app.catalog().countCreators(), "search index is empty: building it from the catalog"));
    }

    /** The factory the commands use: the catalog and index named by the command's catalog options. */
    public static DiscoveryBackend.Factory factory() {
        return (options, err) -> new CatalogDiscoveryBackend(options.open(), err);
    }

    @Override
    public DiscoveryService discovery() {
        return discovery;
    }

    @Override
    public void forEachCreator(Consumer<Creator> visitor) {
        app.catalog().forEachEntry(e -> visitor.accept(e.creator()));
    }

    @Override
    public Function<RankedCreator, Acceptance> offerOdds(Brief brief, DiscoveryOffer offer, String workspace) {
        return offerOdds(app, brief, offer, workspace);
    }

    /** The likelihoods from the outreach of the workspace named (by name or id; null: the home's own) in this app. */
    public static Function<RankedCreator, Acceptance> offerOdds(
            MicroScout app, Brief brief, DiscoveryOffer offer, String workspace) {
        long id = WorkspaceNames.resolve(workspace, new JdbiAccounts(app.store().jdbi()).workspaces());
        return new OutreachDesk(app, id).offerOdds(brief, offer);
    }

    @Override
    public List<String> caveats(Brief brief) {
        List<String> out = new ArrayList<>();
        CreatorSearch search = app.search();
        if (brief != null
                && brief.filters().minAuthenticity() != null
                && search.authenticity().scoredCreators().getAsLong() == 0) {
            out.add("no authenticity scores in the catalog: filters.minAuthenticity "
                    + brief.filters().minAuthenticity()
                    + " excludes every creator (unvetted creators fail it); vet the creators, or remove"
                    + " filters.minAuthenticity to rank them with authenticity unknown");
        }
        if (brief != null) {
            out.addAll(unmeasured(brief));
        }
        long indexed = search.index().size();
        long creators = app.catalog().countCreators();
        if (indexed != creators) {
            out.add("the search index holds " + indexed + " of the catalog's " + creators
                    + " creators (an import with --no-index?): run ./microscout index rebuild");
        }
        return out;
    }

    /** The brief's ages and genders, when few or no creators have a measured audience to match them against. */
    private List<String> unmeasured(Brief brief) {
        List<String> out = new ArrayList<>();
        long creators = app.catalog().countCreators();
        if (!brief.audience().ages().isEmpty()) {
            out.add(unmeasured(
                    "ages " + brief.audience().ages(), app.audienceReports().creatorsMeasuring("age"), creators));
        }
        if (!brief.audience().genders().isEmpty()) {
            out.add(unmeasured(
                    "genders "
                            + brief.audience().genders().stream()
                                    .map(g -> g.id())
                                    .toList(),
                    app.audienceReports().creatorsMeasuring("gender"),
                    creators));
        }
        return out.stream().filter(s -> !s.isEmpty()).toList();
    }

    private static String unmeasured(String field, long measured, long creators) {
        if (measured >= creators) {
            return "";
        }
        return "the brief's " + field + ": "
                + (measured == 0 ? "no creator" : "only " + measured + " of " + creators + " creators")
                + " in the catalog has a measured audience for them, so the others are ranked and"
                + " forecast without them (import Instagram insights or a media kit: docs/planning.md, \"Measured audience\")";
    }

    @Override
    public void close() {
        app.close();
    }
}
