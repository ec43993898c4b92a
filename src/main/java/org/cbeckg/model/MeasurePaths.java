package org.cbeckg.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a measure path back into its key ({@code cbec-trade-value/export/share-of-country/forecast}), the inverse of
 * {@link MeasureKey#path()}: for tests, fixtures and anyone holding a notation. Segments after the base are scopes,
 * then at most one derivation, then at most one outlook; scope and derivation codes never coincide.
 */
final class MeasurePaths {

    private static final String OF = "-of-";

    private MeasurePaths() {
    }

    static MeasureKey parse(String path, MeasureVocabulary v) {
        if (path.equals(MeasureKey.UNCLASSIFIED.path())) {
            return MeasureKey.UNCLASSIFIED;
        }
        List<String> segments = new ArrayList<>(Arrays.asList(path.split("/")));
        Measure base = v.measure(segments.remove(0)).orElseThrow(() -> bad(path, "unknown base measure"));
        List<Scope> scopes = new ArrayList<>();
        while (!segments.isEmpty() && v.scope(segments.get(0)).isPresent()) {
            scopes.add(v.scope(segments.remove(0)).orElseThrow());
        }
        MeasureKey key = MeasureKey.of(base, scopes);
        if (!segments.isEmpty() && !isOutlook(segments.get(0))) {
            key = derived(key, segments.remove(0), v, path);
        }
        if (!segments.isEmpty()) {
            key = key.withOutlook(outlook(segments.remove(0), path));
        }
        if (!segments.isEmpty()) {
            throw bad(path, "segments left over: " + segments);
        }
        return key;
    }

    private static MeasureKey derived(MeasureKey level, String segment, MeasureVocabulary v, String path) {
        int of = segment.indexOf(OF);
        Derivation d = Derivation.ofCode(of < 0 ? segment : segment.substring(0, of));
        if (of < 0) {
            return level.derive(d, null);
        }
        String whole = segment.substring(of + OF.length());
        Optional<PlaceLevel> area = Arrays.stream(PlaceLevel.values()).filter(l -> l.code().equals(whole)).findFirst();
        ShareWhole w = area.isPresent() ? ShareWhole.of(area.get()) : ShareWhole.of(wholeMeasure(whole, v, path));
        return level.derive(d, w);
    }

    /** A whole measure's path with '/' written as '-': the longest base slug it starts with, then scope slugs. */
    private static MeasureKey wholeMeasure(String slug, MeasureVocabulary v, String path) {
        Measure base = v.measures().stream()
                .filter(m -> slug.equals(m.slug()) || slug.startsWith(m.slug() + "-"))
                .max(Comparator.comparingInt(m -> m.slug().length()))
                .orElseThrow(() -> bad(path, "unknown whole " + slug));
        List<Scope> scopes = new ArrayList<>();
        String rest = slug.substring(base.slug().length());
        while (!rest.isEmpty()) {
            String after = rest.substring(1);
            Scope s = v.scopes().stream().filter(x -> after.equals(x.slug()) || after.startsWith(x.slug() + "-"))
                    .max(Comparator.comparingInt(x -> x.slug().length()))
                    .orElseThrow(() -> bad(path, "unknown scope in whole " + slug));
            scopes.add(s);
            rest = after.substring(s.slug().length());
        }
        return MeasureKey.of(base, scopes);
    }

    private static boolean isOutlook(String segment) {
        return Arrays.stream(Outlook.values()).anyMatch(o -> !o.isRecord() && o.code().equals(segment));
    }

    private static Outlook outlook(String segment, String path) {
        return Arrays.stream(Outlook.values()).filter(o -> !o.isRecord() && o.code().equals(segment)).findFirst()
                .orElseThrow(() -> bad(path, "unknown segment " + segment));
    }

    private static IllegalArgumentException bad(String path, String why) {
        return new IllegalArgumentException("not a measure path: " + path + " (" + why + ")");
    }
}
