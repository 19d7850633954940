package io.microscout.authenticity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What is known of one account's public profile: the InstaFake features (Akyon &amp; Kalfaoglu 2019). Every
 * field is {@code null} when the source did not give it; the classifier then scores without it and says so.
 *
 * @param username           the handle, if known (only used for display and for its length and digit count)
 * @param followers          accounts following it
 * @param following          accounts it follows
 * @param mediaCount         posts it has published
 * @param biographyLength    characters in its biography
 * @param hasProfilePicture  whether it shows a profile picture
 * @param privateAccount     whether it is private
 * @param usernameLength     characters in the username
 * @param usernameDigitCount digits in the username
 */
public record AccountProfile(
        String username,
        Long followers,
        Long following,
        Long mediaCount,
        Integer biographyLength,
        Boolean hasProfilePicture,
        Boolean privateAccount,
        Integer usernameLength,
        Integer usernameDigitCount) {

    public AccountProfile {
        requireNotNegative("followers", followers);
        requireNotNegative("following", following);
        requireNotNegative("posts", mediaCount);
        requireNotNegative("bio_length", biographyLength == null ? null : biographyLength.longValue());
        if (username != null && !username.isBlank()) {
            String u = username.trim();
            while (u.startsWith("@")) {
                u = u.substring(1);
            }
            username = u.toLowerCase(Locale.ROOT);
            if (usernameLength == null) {
                usernameLength = username.length();
            }
            if (usernameDigitCount == null) {
                usernameDigitCount = (int) username.chars().filter(Character::isDigit).count();
            }
        } else {
            username = null;
        }
    }

    /** A profile with nothing known; fill it with the {@code with...} methods. */
    public static AccountProfile unknown() {
        return new AccountProfile(null, null, null, null, null, null, null, null, null);
    }

    public static int biographyLengthOf(String biography) {
        return biography == null ? 0 : biography.codePointCount(0, biography.length());
    }

    /** The inputs this profile has a value for. */
    public Set<AccountInput> present() {
        EnumSet<AccountInput> present = EnumSet.noneOf(AccountInput.class);
        for (AccountInput input : AccountInput.values()) {
            if (input.isKnownIn(this)) {
                present.add(input);
            }
        }
        return present;
    }

    /** The same profile with those inputs forgotten (to test or train for exports that lack them). */
    public AccountProfile without(Set<AccountInput> inputs) {
        AccountProfile p = this;
        return new AccountProfile(
                inputs.contains(AccountInput.USERNAME) ? null : p.username,
                inputs.contains(AccountInput.FOLLOWERS) ? null : p.followers,
                inputs.contains(AccountInput.FOLLOWING) ? null : p.following,
                inputs.contains(AccountInput.POSTS) ? null : p.mediaCount,
                inputs.contains(AccountInput.BIO_LENGTH) ? null : p.biographyLength,
                inputs.contains(AccountInput.PROFILE_PICTURE) ? null : p.hasProfilePicture,
                inputs.contains(AccountInput.PRIVATE) ? null : p.privateAccount,
                inputs.contains(AccountInput.USERNAME) ? null : p.usernameLength,
                inputs.contains(AccountInput.USERNAME) ? null : p.usernameDigitCount);
    }

    private static void requireNotNegative(String field, Long value) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value);
        }
    }
}
