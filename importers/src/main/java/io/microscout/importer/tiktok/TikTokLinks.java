package io.microscout.importer.tiktok;

/** Reads the handle out of a TikTok link: "https://www.tiktok.com/@handle/video/7062..." gives "handle". */
final class TikTokLinks {
    private TikTokLinks() {}

    /** The handle after "/@", up to the next '/', '?' or '#'; null when the link names none. */
    static String handle(String link) {
        if (link == null) {
            return null;
        }
        int at = link.indexOf("/@");
        if (at < 0) {
            return null;
        }
        int start = at + 2;
        int end = start;
        while (end < link.length() && "/?#".indexOf(link.charAt(end)) < 0) {
            end++;
        }
        return end > start ? link.substring(start, end) : null;
    }
}
