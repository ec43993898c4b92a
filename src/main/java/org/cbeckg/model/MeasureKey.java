package org.cbeckg.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a figure measures, as a structured key: a base measure of the vocabulary, the scopes that narrow it, what is
 * derived from it, and whether it is a record, forecast or target. Its path is the measure's IRI below
 * {@code id/measure/} and its {@code skos:notation}: base, scopes (batch, actor, channel, flow), derivation, outlook,
 * each segment left out when it is the default (no scope, the level, a record):
 *
 * <pre>{@code
 * cbec-trade-value                       跨境电商进出口额
 * cbec-trade-value/b2b/export/growth     跨境电商B2B出口额增速
 * cbec-trade-value/share-of-country      跨境电商进出口占全国比重
 * cbec-trade-value/forecast              跨境电商进出口额（预测）
 * }</pre>
 *
 * <p>The outlook is part of the key, not only an attribute of the observation: a forecast and the record of the same
 * year are different quantities, and figures are compared cell by cell per measure, so they must not share one.
 * A figure whose base the vocabulary lacks has the one key {@link #UNCLASSIFIED}, never a measure made up from
 * its clause.
 *
 * @param base        the base measure, or null for {@link #UNCLASSIFIED}
 * @param scopes      the scopes, at most one of each kind, in {@link Scope.Kind} order
 * @param derivation  the level or what is derived from it
 * @param whole       what a share is taken of, or null (for a share with no stated whole and every other derivation)
 * @param outlook     record, forecast or target
 */
public record MeasureKey(Measure base, List<Scope> scopes, Derivation derivation, ShareWhole whole, Outlook outlook) {

    /** The measure of a figure whose base the vocabulary lacks. */
    public static final MeasureKey UNCLASSIFIED = new MeasureKey(null, List.of(), Derivation.LEVEL, null,
            Outlook.RECORD);

    public MeasureKey {
        Objects.requireNonNull(derivation);
        Objects.requireNonNull(outlook);
        scopes = scopes.stream().sorted(Comparator.comparing(Scope::kind)).toList();
        if (scopes.stream().map(Scope::kind).distinct().count() != scopes.size()) {
            throw new IllegalArgumentException("one scope of each kind at most: " + scopes);
        }
        if (whole != null && !derivation.isShare()) {
            throw new IllegalArgumentException("only a share has a whole: " + derivation);
        }
        if (base == null && (!scopes.isEmpty() || derivation != Derivation.LEVEL || !outlook.isRecord())) {
            throw new IllegalArgumentException("the unclassified measure has no scope, derivation or outlook");
        }
        if (base != null && !base.hasSlot() && scopes.stream().anyMatch(s -> s.kind().fillsSlot())) {
            throw new IllegalArgumentException(base.slug() + " takes no channel or flow scope: " + scopes);
        }
    }

    /** The level of record of a base measure, narrowed by the scopes. */
    public static MeasureKey of(Measure base, List<Scope> scopes) {
        return new MeasureKey(Objects.requireNonNull(base), scopes, Derivation.LEVEL, null, Outlook.RECORD);
    }

    public boolean isUnclassified() {
        return base == null;
    }

    /** Whether it counts the zones an approval sets up, at their level (see {@link Measure#isApprovalCount()}). */
    public boolean isApprovalCount() {
        return base != null && base.isApprovalCount() && derivation == Derivation.LEVEL;
    }

    /** The quantity derived from this one's level; the unclassified measure stays unclassified. */
    public MeasureKey derive(Derivation d, ShareWhole of) {
        return isUnclassified() ? this : new MeasureKey(base, scopes, d, d.isShare() ? of : null, outlook);
    }

    public MeasureKey withOutlook(Outlook o) {
        return isUnclassified() ? this : new MeasureKey(base, scopes, derivation, whole, o);
    }

    /** Narrowed by one more scope, unless it has one of that kind already. */
    public MeasureKey withScope(Scope s) {
        if (isUnclassified() || scopes.stream().anyMatch(x -> x.kind() == s.kind())) {
            return this;
        }
        List<Scope> more = new ArrayList<>(scopes);
        more.add(s);
        return new MeasureKey(base, more, derivation, whole, outlook);
    }

    /** The level of record with the same base and scopes. */
    public MeasureKey level() {
        return isUnclassified() ? this : of(base, scopes);
    }

    /** The IRI path below {@code id/measure/}, also the concept's notation. */
    public String path() {
        if (isUnclassified()) {
            return "unclassified";
        }
        StringBuilder sb = new StringBuilder(base.slug());
        scopes.forEach(s -> sb.append('/').append(s.slug()));
        if (derivation != Derivation.LEVEL) {
            sb.append('/').append(derivation.code()).append(whole == null ? "" : "-of-" + whole.slug());
        }
        if (!outlook.isRecord()) {
            sb.append('/').append(outlook.code());
        }
        return sb.toString();
    }

    /**
     * The measure its path's parent names: a forecast's record, a derived measure's level, a scoped level's level
     * with one scope fewer, and a base's wider base. Empty for a base without one and for the unclassified measure.
     */
    public Optional<MeasureKey> broader() {
        if (isUnclassified()) {
            return Optional.empty();
        }
        if (!outlook.isRecord()) {
            return Optional.of(new MeasureKey(base, scopes, derivation, whole, Outlook.RECORD));
        }
        if (derivation != Derivation.LEVEL) {
            return Optional.of(level());
        }
        if (!scopes.isEmpty()) {
            return Optional.of(of(base, scopes.subList(0, scopes.size() - 1)));
        }
        return Optional.ofNullable(base.broader()).map(b -> of(b, List.of()));
    }

    public String labelZh() {
        return MeasureLabels.zh(this);
    }

    public String labelEn() {
        return MeasureLabels.en(this);
    }

    @Override
    public String toString() {
        return path();
    }
}
