package org.cbeckg.model;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds a measure's labels from its parts, so that one key always reads the same: batch and actor words lead, channel
 * and flow words fill the base label's slot, the derivation follows, the outlook closes. Chinese labels follow the
 * usage of the statistics offices (跨境电商B2B出口额增速, 跨境电商进出口占全国比重, 海外仓数量（目标）).
 */
final class MeasureLabels {

    static final String UNCLASSIFIED_ZH = "未分类指标";
    static final String UNCLASSIFIED_EN = "unclassified measure";

    private MeasureLabels() {
    }

    static String zh(MeasureKey k) {
        if (k.isUnclassified()) {
            return UNCLASSIFIED_ZH;
        }
        String level = words(k, Scope.Kind.BATCH, false) + words(k, Scope.Kind.RATING, false)
                + words(k, Scope.Kind.ACTOR, false) + k.base().fillZh(slot(k, false).orElse(null));
        String derived = switch (k.derivation()) {
            case LEVEL -> level;
            case SHARE, SHARE_CHANGE -> stem(level) + (k.whole() == null ? "占比" : "占" + k.whole().zh() + "比重")
                    + (k.derivation() == Derivation.SHARE_CHANGE ? "变动" : "");
            default -> level + k.derivation().labelZh();
        };
        return derived + k.outlook().measureSuffix();
    }

    static String en(MeasureKey k) {
        if (k.isUnclassified()) {
            return UNCLASSIFIED_EN;
        }
        String actor = k.scopes().stream().anyMatch(s -> s.kind() == Scope.Kind.ACTOR)
                ? " " + words(k, Scope.Kind.ACTOR, true) : "";
        String batch = k.scopes().stream().anyMatch(s -> s.kind() == Scope.Kind.BATCH)
                ? ", " + words(k, Scope.Kind.BATCH, true) : "";
        String rating = k.scopes().stream().anyMatch(s -> s.kind() == Scope.Kind.RATING)
                ? ", " + words(k, Scope.Kind.RATING, true) : "";
        String level = k.base().fillEn(slot(k, true).orElse(null)) + actor + batch + rating;
        String whole = k.whole() == null ? "the total" : k.whole().en();
        String derived = switch (k.derivation()) {
            case LEVEL -> level;
            case SHARE -> level + " as a share of " + whole;
            case SHARE_CHANGE -> "change in " + level + " as a share of " + whole + " (percentage points)";
            case GROWTH_CHANGE -> "change in the growth rate of " + level + " (percentage points)";
            default -> k.derivation().labelEn() + " of " + level;
        };
        return k.outlook().isRecord() ? derived : derived + " (" + k.outlook().labelEn() + ")";
    }

    /**
     * A label without its closing 总值/数量 or the 额 after a trade flow, to be followed by 占…比重: 跨境电商出口额 →
     * 跨境电商出口, 跨境电商企业数量 → 跨境电商企业; 跨境电商交易额 keeps its 额 (跨境电商交易 is no noun).
     */
    static String stem(String label) {
        return label.replaceFirst("(?:(?<=进出口|出口|进口)额|总值|数量)$", "");
    }

    /** The channel and flow words of the slot: B2B出口, 零售进出口 (the slot's own text after a channel alone). */
    private static Optional<String> slot(MeasureKey k, boolean english) {
        String channel = words(k, Scope.Kind.CHANNEL, english);
        String flow = words(k, Scope.Kind.FLOW, english);
        if (channel.isEmpty() && flow.isEmpty()) {
            return Optional.empty();
        }
        String ownFlow = flow.isEmpty() ? defaultSlot(k.base(), english) : flow;
        String sep = english && !channel.isEmpty() && !ownFlow.isEmpty() ? " " : "";
        return Optional.of(channel + sep + ownFlow);
    }

    private static String defaultSlot(Measure base, boolean english) {
        String label = english ? base.en() : base.zh();
        int open = label.indexOf('{');
        return label.substring(open + 1, label.indexOf('}', open));
    }

    private static String words(MeasureKey k, Scope.Kind kind, boolean english) {
        return k.scopes().stream().filter(s -> s.kind() == kind).map(s -> english ? s.en() : s.zh())
                .collect(Collectors.joining());
    }
}
