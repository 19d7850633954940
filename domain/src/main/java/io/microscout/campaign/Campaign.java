package io.microscout.campaign;

import io.microscout.creator.CreatorKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign of one workspace: the creators taking part (each with a promo code and a tracking link), what each
 * delivers, the landing page the links forward to, and its forecast (made when the campaign was created).
 *
 * @param workspace         the workspace id; 0 is the home's own (the CLI's)
 * @param slug              the {@code utm_campaign} value: lower-case letters, digits and '-'
 * @param planName          the saved plan it was created from, or null
 * @param averageOrderValue US dollars per order the forecast assumed
 */
public record Campaign(
        long id,
        long workspace,
        String name,
        String slug,
        String landingUrl,
        String planName,
        Instant createdAt,
        double averageOrderValue,
        List<CampaignCreator> creators,
        List<CampaignDeliverable> deliverables,
        CampaignForecast forecast) {

    public Campaign {
        Names.checkName(name);
        Objects.requireNonNull(landingUrl, "landingUrl");
        creators = List.copyOf(creators);
        deliverables = List.copyOf(deliverables);
        forecast = forecast == null ? CampaignForecast.none() : forecast;
    }

    public Optional<CampaignCreator> creator(CreatorKey key) {
        return creators.stream().filter(c -> c.creator().equals(key)).findFirst();
    }

    /** The agreed price of a creator's deliverables that are not cancelled, in cents. */
    public long costCents(CreatorKey key) {
        return deliverables.stream()
                .filter(d -> d.creator().equals(key) && d.status() != CampaignDeliverable.Status.CANCELLED)
                .mapToLong(CampaignDeliverable::priceCents)
                .sum();
    }
}
