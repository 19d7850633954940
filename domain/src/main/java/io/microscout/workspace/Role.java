package io.microscout.workspace;

import java.util.Locale;

/** What a member may do in a workspace: viewers read, editors also write, owners also manage members. */
public enum Role {
    VIEWER,
    EDITOR,
    OWNER;

    public boolean mayWrite() {
        return this != VIEWER;
    }

    public boolean mayManage() {
        return this == OWNER;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("role must be owner, editor or viewer, got '" + text + "'");
    }
}
