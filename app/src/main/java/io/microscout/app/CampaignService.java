package io.microscout.app;

import io.microscout.campaign.Agreement;
import io.microscout.campaign.Campaign;
import io.microscout.campaign.CampaignReport;
import io.microscout.campaign.CampaignSetup;
import io.microscout.campaign.CreatorResult;
import io.microscout.campaign.PostedItem;
import io.microscout.campaign.PriorUpdate;
import io.microscout.creator.Creator;
import io.microscout.creator.CreatorKey;
import io.microscout.forecast.ForecastAssumptions;
import io.microscout.forecast.SegmentRates;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.orders.OrderFiles;
import io.microscout.importer.orders.OrderFormat;
import io.microscout.importer.orders.OrderRead;
import io.microscout.planning.DiscoveredCandidates;
import io.microscout.planning.SavedPlan;
import io.microscout.store.campaign.JdbiCampaigns;
import io.microscout.store.planning.JdbiPlans;
import io.microscout.store.workspace.JdbiAccounts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Campaigns of one workspace (0: the home's own, as the CLI uses it) over the catalog: made from a saved plan or
 * agreements, forecast under the workspace's learned priors, orders imported and attributed, posted items recorded,
 * and the report. The CLI, the API and the pages all call this.
 */
public final class CampaignService {
    private final MicroScout app;
    private final long workspace;
    private final JdbiCampaigns campaigns;

    public CampaignService(MicroScout app, long workspace) {
        this.app = app;
        this.workspace = workspace;
        this.campaigns = new JdbiCampaigns(app.store().jdbi(), workspace);
    }

    public JdbiCampaigns campaigns() {
        return campaigns;
    }

    /** The saved plan of this workspace by that name. */
    public SavedPlan plan(String name) {
        return new JdbiPlans(app.store().jdbi(), workspace == 0 ? null : workspace)
                .load(name)
                .orElseThrow(() -> new IllegalArgumentException("no saved plan named '" + name + "'"));
    }

    /**
     * Creates a campaign; a plan's selections become its agreements at the plan's prices.
     *
     * @param averageOrderValue null: the forecast's default
     */
    public Campaign create(
            String name, String landingUrl, String planName, List<Agreement> agreements, Double averageOrderValue) {
        List<Agreement> all = new ArrayList<>(agreements);
        if (planName != null) {
            all.addAll(0, Agreement.fromPlan(plan(planName)));
        }
        ForecastAssumptions assumptions = assumptions(averageOrderValue);
        CampaignSetup setup = new CampaignSetup(assumptions, learned(), this::facts);
        Campaign c = setup.create(
                workspace,
                name,
                landingUrl,
                planName,
                all,
                campaigns.promoCodes(),
                app.clock().instant(),
                JdbiAccounts::newId);
        campaigns.create(c);
        return c;
    }

    private static ForecastAssumptions assumptions(Double averageOrderValue) {
        ForecastAssumptions a = ForecastAssumptions.defaults();
        return averageOrderValue == null ? a : a.withAverageOrderValue(averageOrderValue);
    }

    private Optional<CampaignSetup.CreatorFacts> facts(CreatorKey key) {
        Optional<Creator> c = app.catalog().creator(key);
        if (c.isEmpty() || c.get().followers() == null) {
            return Optional.empty();
        }
        long followers = c.get().followers();
        return Optional.of(new CampaignSetup.CreatorFacts(
                app.tierScheme().tierOf(followers),
                followers,
                DiscoveredCandidates.history(app.catalog().posts(key))));
    }

    /** The agreements of this workspace's outreach: the creators who said yes, at the agreed terms. */
    public List<Agreement> agreedInOutreach() {
        return Agreement.fromOutreach(
                new OutreachDesk(app, workspace).pipeline().agreements());
    }

    public Campaign campaign(String name) {
        return campaigns
                .find(name)
                .orElseThrow(() -> new IllegalArgumentException("no campaign named '" + name + "'"
                        + (campaigns.list().isEmpty() ? " (there are none yet: campaign create)" : "")));
    }

    public CampaignReport report(String name) {
        return report(campaign(name));
    }

    public CampaignReport report(Campaign c) {
        return CampaignReport.of(
                c,
                campaigns.orders(c.id()),
                campaigns.posts(c.id()),
                campaigns.clicks(c.id()),
                assumptions(c.averageOrderValue()));
    }

    /** The workspace's priors learned from every campaign it has run (defaults where it has no result). */
    public SegmentRates learned() {
        List<CreatorResult> results = new ArrayList<>();
        for (Campaign c : campaigns.list()) {
            results.addAll(CreatorResult.of(report(c)));
        }
        return new PriorUpdate(ForecastAssumptions.defaults()).learn(results);
    }

    /** What an order import did: read, stored (new ones only), and the problems. */
    public record OrderImport(int read, int added, List<ImportProblem> problems, boolean stored) {}

    /**
     * Imports an order export into a campaign: with a problem nothing is stored unless {@code skipInvalid}; orders
     * already stored are left alone, so importing the same file again adds nothing.
     */
    public OrderImport importOrders(
            String name, Path file, OrderFormat format, Map<String, String> mapping, boolean skipInvalid)
            throws IOException {
        Campaign c = campaign(name);
        OrderRead read = OrderFiles.read(file, format, mapping);
        return store(c, read, skipInvalid);
    }

    public OrderImport store(Campaign c, OrderRead read, boolean skipInvalid) {
        if (!read.problems().isEmpty() && !skipInvalid) {
            return new OrderImport(read.orders().size(), 0, read.problems(), false);
        }
        int added = campaigns.addOrders(c.id(), read.orders());
        return new OrderImport(read.orders().size(), added, read.problems(), true);
    }

    /** Records a posted item of a creator of the campaign. */
    public void recordPost(String name, PostedItem item) {
        Campaign c = campaign(name);
        if (c.creator(item.creator()).isEmpty()) {
            throw new IllegalArgumentException(item.creator() + " is not a creator of campaign '" + name + "'");
        }
        campaigns.recordPost(c.id(), item);
    }
}
