package org.cbeckg.model;

/**
 * What a figure says about its measure: the level itself, or a quantity derived from it. The code is the IRI segment
 * of a derived measure ({@code id/measure/cbec-trade-value/growth}) and the notation of the concept
 * {@code cbec:derivation-growth}; the Chinese label is what a measure label ends with (跨境电商进出口额增速).
 */
public enum Derivation implements Coded {
    LEVEL("level", "水平", "level"),
    GROWTH("growth", "增速", "growth rate"),
    GROWTH_MOM("growth-mom", "环比增速", "month-on-month growth rate"),
    AVERAGE_GROWTH("average-growth", "年均增速", "average annual growth rate"),
    GROWTH_CHANGE("growth-change", "增速变动", "change in the growth rate (percentage points)"),
    MULTIPLE("multiple", "增长倍数", "growth multiple"),
    SHARE("share", "比重", "share of a whole"),
    SHARE_CHANGE("share-change", "比重变动", "change in the share of a whole (percentage points)");

    private final Label label;

    Derivation(String code, String zh, String en) {
        this.label = new Label(code, zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** Shares and their changes are taken of a whole (占全国, 占货物贸易进出口). */
    public boolean isShare() {
        return this == SHARE || this == SHARE_CHANGE;
    }

    /** The derivation whose code this is, as written in {@code measures/derivations.tsv}. */
    public static Derivation ofCode(String code) {
        for (Derivation d : values()) {
            if (d.code().equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no derivation with code " + code);
    }
}
