package io.microscout.outreach;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a message template may say in {@code {{...}}}: the creator, the brief, why this creator, the offer. */
public enum Placeholder {
    NAME("name", "the creator's display name (the handle when the catalog has none)"),
    HANDLE("handle", "the creator's handle"),
    PLATFORM("platform", "instagram, youtube or tiktok"),
    BRAND("brand", "the brief's brand"),
    BRIEF("brief", "the brief's product, as written in the brief"),
    WHY("why", "why this creator: the fit reasons the plan or discovery gave"),
    DELIVERABLE("deliverable", "the offered deliverable (\"Instagram reel\")"),
    PRICE("price", "the offered price (\"$350.00\")"),
    SENDER("sender", "the sender's name from the workspace's mail settings"),
    UNSUBSCRIBE("unsubscribe", "how to opt out (a sentence; sending adds it when the template leaves it out)");

    private final String id;
    private final String meaning;

    Placeholder(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    public String id() {
        return id;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<Placeholder> find(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    public static String list() {
        return Arrays.stream(values()).map(p -> "{{" + p.id + "}}").collect(Collectors.joining(", "));
    }
}
