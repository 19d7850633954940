package io.microscout.creator;

import java.time.Instant;
import java.util.List;

/** Builds a {@link Creator}; every field but the key is optional. */
public final class CreatorBuilder {
    private final CreatorKey key;
    private String platformId;
    private String person;
    private String displayName;
    private String biography;
    private String countryCode;
    private String languageCode;
    private Long followers;
    private Long following;
    private Long mediaCount;
    private Long totalViews;
    private Long totalLikes;
    private Boolean verified;
    private Boolean hasProfilePicture;
    private Boolean privateAccount;
    private List<String> links = List.of();
    private String contactEmail;
    private String category;
    private Instant observedAt;
    private StatedEngagement stated;

    CreatorBuilder(CreatorKey key) {
        this.key = key;
    }

    CreatorBuilder(Creator c) {
        this(c.key());
        platformId = c.platformId();
        person = c.person();
        displayName = c.displayName();
        biography = c.biography();
        countryCode = c.countryCode();
        languageCode = c.languageCode();
        followers = c.followers();
        following = c.following();
        mediaCount = c.mediaCount();
        totalViews = c.totalViews();
        totalLikes = c.totalLikes();
        verified = c.verified();
        hasProfilePicture = c.hasProfilePicture();
        privateAccount = c.privateAccount();
        links = c.links();
        contactEmail = c.contactEmail();
        category = c.category();
        observedAt = c.observedAt();
        stated = c.stated();
    }

    public CreatorBuilder platformId(String v) {
        platformId = v;
        return this;
    }

    public CreatorBuilder person(String v) {
        person = v;
        return this;
    }

    public CreatorBuilder displayName(String v) {
        displayName = v;
        return this;
    }

    public CreatorBuilder biography(String v) {
        biography = v;
        return this;
    }

    public CreatorBuilder countryCode(String v) {
        countryCode = v;
        return this;
    }

    public CreatorBuilder languageCode(String v) {
        languageCode = v;
        return this;
    }

    public CreatorBuilder followers(Long v) {
        followers = v;
        return this;
    }

    public CreatorBuilder following(Long v) {
        following = v;
        return this;
    }

    public CreatorBuilder mediaCount(Long v) {
        mediaCount = v;
        return this;
    }

    public CreatorBuilder totalViews(Long v) {
        totalViews = v;
        return this;
    }

    public CreatorBuilder totalLikes(Long v) {
        totalLikes = v;
        return this;
    }

    public CreatorBuilder verified(Boolean v) {
        verified = v;
        return this;
    }

    public CreatorBuilder hasProfilePicture(Boolean v) {
        hasProfilePicture = v;
        return this;
    }

    public CreatorBuilder privateAccount(Boolean v) {
        privateAccount = v;
        return this;
    }

    public CreatorBuilder links(List<String> v) {
        links = v;
        return this;
    }

    public CreatorBuilder contactEmail(String v) {
        contactEmail = v;
        return this;
    }

    public CreatorBuilder category(String v) {
        category = v;
        return this;
    }

    public CreatorBuilder observedAt(Instant v) {
        observedAt = v;
        return this;
    }

    public CreatorBuilder stated(StatedEngagement v) {
        stated = v;
        return this;
    }

    public Creator build() {
        return new Creator(
                key,
                platformId,
                person,
                displayName,
                biography,
                countryCode,
                languageCode,
                followers,
                following,
                mediaCount,
                totalViews,
                totalLikes,
                verified,
                hasProfilePicture,
                privateAccount,
                links,
                contactEmail,
                category,
                observedAt,
                stated);
    }
}
