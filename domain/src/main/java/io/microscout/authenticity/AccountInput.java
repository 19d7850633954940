package io.microscout.authenticity;

import java.util.Locale;

/** The inputs of the account classifier as a user supplies them (one column each in a profile CSV). */
public enum AccountInput {
    FOLLOWERS("followers"),
    FOLLOWING("following"),
    POSTS("posts"),
    BIO_LENGTH("bio_length"),
    PROFILE_PICTURE("profile_picture"),
    PRIVATE("private"),
    /** The username's length and digit count (from the username, or given as numbers), or its digit share. */
    USERNAME("username"),
    /** Whether the profile links to a website. */
    EXTERNAL_URL("external_url"),
    /** Days since the account was created, when the source says (Twitter's created_at). */
    ACCOUNT_AGE("account_age_days");

    private final String id;

    AccountInput(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    boolean isKnownIn(AccountProfile p) {
        switch (this) {
            case FOLLOWERS:
                return p.followers() != null;
            case FOLLOWING:
                return p.following() != null;
            case POSTS:
                return p.mediaCount() != null;
            case BIO_LENGTH:
                return p.biographyLength() != null;
            case PROFILE_PICTURE:
                return p.hasProfilePicture() != null;
            case PRIVATE:
                return p.privateAccount() != null;
            case USERNAME:
                return p.usernameDigitShare() != null || (p.usernameLength() != null && p.usernameDigitCount() != null);
            case EXTERNAL_URL:
                return p.externalUrl() != null;
            case ACCOUNT_AGE:
                return p.accountAgeDays() != null;
            default:
                throw new IllegalStateException(name());
        }
    }

    public static AccountInput parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (AccountInput input : values()) {
            if (input.id.equals(t) || input.name().toLowerCase(Locale.ROOT).equals(t)) {
                return input;
            }
        }
        if ("bio".equals(t) || "media_count".equals(t)) {
            return "bio".equals(t) ? BIO_LENGTH : POSTS;
        }
        throw new IllegalArgumentException("unknown account input '" + text
                + "'; expected followers, following, posts, bio_length, profile_picture, private, username, "
                + "external_url, account_age_days");
    }
}
