package io.microscout.outreach;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The moves that make sense between stages (MicroScout's reading of how a deal goes, after the prospect stages of
 * tools such as GRIN): forward through the deal, a decline from any stage before the contract, a declined creator
 * approached again, and nothing after paid. Everything else is refused with the reason in plain words.
 */
public final class MoveRules {
    private static final Map<Stage, Set<Stage>> NEXT = new EnumMap<>(Stage.class);

    static {
        NEXT.put(Stage.SHORTLISTED, EnumSet.of(Stage.CONTACTED, Stage.DECLINED));
        NEXT.put(Stage.CONTACTED, EnumSet.of(Stage.REPLIED, Stage.NEGOTIATING, Stage.AGREED, Stage.DECLINED));
        NEXT.put(Stage.REPLIED, EnumSet.of(Stage.NEGOTIATING, Stage.AGREED, Stage.DECLINED));
        NEXT.put(Stage.NEGOTIATING, EnumSet.of(Stage.AGREED, Stage.DECLINED));
        NEXT.put(Stage.AGREED, EnumSet.of(Stage.CONTRACTED, Stage.NEGOTIATING, Stage.DECLINED));
        NEXT.put(Stage.DECLINED, EnumSet.of(Stage.SHORTLISTED, Stage.CONTACTED));
        NEXT.put(Stage.CONTRACTED, EnumSet.of(Stage.LIVE));
        NEXT.put(Stage.LIVE, EnumSet.of(Stage.COMPLETED));
        NEXT.put(Stage.COMPLETED, EnumSet.of(Stage.PAID));
        NEXT.put(Stage.PAID, EnumSet.noneOf(Stage.class));
    }

    private MoveRules() {}

    public static Set<Stage> next(Stage from) {
        return Set.copyOf(NEXT.get(from));
    }

    /** Why the move cannot be made, or empty when it can. */
    public static Optional<String> refusal(Stage from, Stage to, DeclineReason reason) {
        if (from == to) {
            return Optional.of("the creator is already " + to.id());
        }
        if (to == Stage.DECLINED && reason == null) {
            return Optional.of("a decline needs its reason: values, price, timing, no-reply or other");
        }
        if (to != Stage.DECLINED && reason != null) {
            return Optional.of("only a decline carries a reason; this move is to " + to.id());
        }
        if (!NEXT.get(from).contains(to)) {
            Set<Stage> allowed = NEXT.get(from);
            return Optional.of("a creator who is " + from.id() + " cannot move to " + to.id() + "; "
                    + (allowed.isEmpty()
                            ? "paid is the last stage"
                            : "from " + from.id() + " the moves are to "
                                    + allowed.stream().map(Stage::id).collect(Collectors.joining(", "))));
        }
        return Optional.empty();
    }
}
