package io.microscout.generator;

/**
 * One account in a creator's follower sample, with the InstaFake profile features (Akyon &amp; Kalfaoglu 2019):
 * followers, following, media count, biography length, profile picture, private flag and the username itself.
 */
public record FollowerProfile(
        String username,
        long followers,
        long following,
        long posts,
        int bioLength,
        boolean profilePicture,
        boolean privateAccount) {}
