package org.cbeckg.model;

import java.util.Objects;

/**
 * A part of a base measure a figure is about: exports of the trade value, B2B, what the pilot zones report, the zones
 * of the first five batches, the zones an evaluation rated as having marked results. Scopes come from {@code measures/scopes.tsv}, batch scopes from their numbers.
 *
 * @param slug  IRI segment ({@code export}, {@code batches-1-5})
 * @param kind  where its words stand in a label
 * @param zh    the words it adds to a Chinese label (出口, 前五批)
 * @param en    the words it adds to an English label
 */
public record Scope(String slug, Kind kind, String zh, String en) {

    /**
     * Kinds in the order their words stand in a label and their segments in an IRI: 前五批, 评估为成效明显的, 综试区,
     * B2B, 出口.
     */
    public enum Kind {
        BATCH, RATING, ACTOR, CHANNEL, FLOW;

        /** The kind named by its lower-case code in {@code scopes.tsv}. */
        public static Kind of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }

        /** Channel and flow words go into a base label's slot; batch and actor words lead the label. */
        public boolean fillsSlot() {
            return this == CHANNEL || this == FLOW;
        }
    }

    public Scope {
        Objects.requireNonNull(slug);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(zh);
        Objects.requireNonNull(en);
    }

    /** The zones of the first {@code n} batches (前五批): a stock that excludes later batches. */
    public static Scope firstBatches(int n) {
        return new Scope("batches-1-" + n, Kind.BATCH, "前" + ChineseOrdinals.of(n) + "批", "batches 1–" + n);
    }

    /** The zones of batch {@code n} alone (第七批). */
    public static Scope batch(int n) {
        return new Scope("batch-" + n, Kind.BATCH, "第" + ChineseOrdinals.of(n) + "批", "batch " + n);
    }
}
