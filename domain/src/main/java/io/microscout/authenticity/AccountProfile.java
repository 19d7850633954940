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
 * @param usernameDigitShare digits as a share of the username's length (given on its own by some exports;
 *                           computed from the two above otherwise)
 * @param externalUrl        whether the profile links to a website
 * @param accountAgeDays     days from the account's creation to when the profile was observed
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
        Integer usernameDigitCount,
        Double usernameDigitShare,
        Boolean externalUrl,
        Double accountAgeDays) {

    /** A profile with the InstaFake inputs only (no digit share, link or account age). */
    public AccountProfile(
            String username,
            Long followers,
            Long following,
            Long mediaCount,
            Integer biographyLength,
            Boolean hasProfilePicture,
            Boolean privateAccount,
            Integer usernameLength,
            Integer usernameDigitCount) {
        this(
                username,
                followers,
                following,
                mediaCount,
                biographyLength,
                hasProfilePicture,
                privateAccount,
                usernameLength,
                usernameDigitCount,
                null,
                null,
                null);
    }

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
                usernameDigitCount =
                        (int) username.chars().filter(Character::isDigit).count();
            }
        } else {
            username = null;
        }
        if (usernameDigitShare == null && usernameDigitCount != null && usernameLength != null && usernameLength > 0) {
            usernameDigitShare = usernameDigitCount / (double) usernameLength;
        }
        if (usernameDigitShare != null && !(usernameDigitShare >= 0 && usernameDigitShare <= 1)) {
            throw new IllegalArgumentException("username digit share must lie in [0, 1], got " + usernameDigitShare);
        }
        if (accountAgeDays != null && !(accountAgeDays >= 0)) {
            throw new IllegalArgumentException("account age must not be negative, got " + accountAgeDays);
        }
    }

    /** A profile with nothing known; fill it with the {@code with...} methods. */
    public static AccountProfile unknown() {
        return new AccountProfile(null, null, null, null, null, null, null, null, null, null, null, null);
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
                inputs.contains(AccountInput.USERNAME) ? null : p.usernameDigitCount,
                inputs.contains(AccountInput.USERNAME) ? null : p.usernameDigitShare,
                inputs.contains(AccountInput.EXTERNAL_URL) ? null : p.externalUrl,
                inputs.contains(AccountInput.ACCOUNT_AGE) ? null : p.accountAgeDays);
    }

    private static void requireNotNegative(String field, Long value) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value);
        }
    }
}
