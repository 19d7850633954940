package io.microscout.importer.audience;

import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.csv.CsvTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which creator a row of a follower-sample or comments file belongs to: the one given on the command line
 * ({@code --creator}), else a {@code creator} column ({@code instagram:anna}), else the columns {@code platform}
 * (or {@code --platform}) and {@code handle}.
 */
final class CreatorColumns {
    private final CreatorKey fixed;
    private final Platform defaultPlatform;
    private final String creator;
    private final String platform;
    private final String handle;

    private CreatorColumns(CreatorKey fixed, Platform defaultPlatform, String creator, String platform, String handle) {
        this.fixed = fixed;
        this.defaultPlatform = defaultPlatform;
        this.creator = creator;
        this.platform = platform;
        this.handle = handle;
    }

    /**
     * @param handleIsCreator whether a {@code handle} column names the creator (in a follower file it names the
     *                        follower unless there is also a {@code username} column)
     */
    static CreatorColumns of(
            List<String> header, CreatorKey fixed, Platform defaultPlatform, boolean handleIsCreator, String file) {
        Map<String, String> byLower = new java.util.HashMap<>();
        header.forEach(h -> byLower.put(h.trim().toLowerCase(Locale.ROOT), h));
        if (fixed != null) {
            return new CreatorColumns(fixed, null, null, null, null);
        }
        if (byLower.containsKey("creator")) {
            return new CreatorColumns(null, null, byLower.get("creator"), null, null);
        }
        String handle = handleIsCreator ? byLower.get("handle") : null;
        String platform = byLower.get("platform");
        if (handle == null || (platform == null && defaultPlatform == null)) {
            throw new IllegalArgumentException(file + ": which creator? Give --creator PLATFORM:HANDLE, or columns "
                    + "creator (e.g. instagram:anna) or platform and handle"
                    + (handleIsCreator ? "" : " (with the follower's name in a username column)") + "; the file has "
                    + header);
        }
        return new CreatorColumns(null, defaultPlatform, null, platform, handle);
    }

    /** The row's creator, or null after adding a problem naming the line and field. */
    CreatorKey of(CsvTable record, String file, long line, List<ImportProblem> problems) {
        if (fixed != null) {
            return fixed;
        }
        String field = creator != null ? "creator" : "handle";
        try {
            if (creator != null) {
                return CreatorKey.parse(record.cell(creator).trim());
            }
            String p = platform == null ? null : record.cell(platform).trim();
            Platform pl;
            try {
                pl = p == null || p.isEmpty() ? defaultPlatform : Platform.parse(p);
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(file, "line " + line, "platform", e.getMessage()));
                return null;
            }
            if (pl == null) {
                problems.add(new ImportProblem(file, "line " + line, "platform", "empty (or give --platform)"));
                return null;
            }
            return CreatorKey.of(pl, record.cell(handle).trim());
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(file, "line " + line, field, e.getMessage()));
            return null;
        }
    }
}
