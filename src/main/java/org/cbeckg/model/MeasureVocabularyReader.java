package org.cbeckg.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the files of the measure vocabulary (see each file's header under {@code measures/}): tab-separated, blank
 * lines and {@code #} comments skipped. A line that does not fit fails loudly, naming the line: the vocabulary is
 * curated by hand and a typo must not silently drop a measure.
 */
final class MeasureVocabularyReader {

    /** A growth word and the derivation it makes (环比 → month-on-month). */
    record DerivationCue(Derivation derivation, Pattern pattern) {
    }

    /** A scope's own cue (成效明显 → rated as having marked results). */
    record ScopeCue(Scope scope, Pattern pattern) {
    }

    /** A place word a share may be taken of (全国 → the national total). */
    record WholeWord(String word, PlaceLevel level) {
    }

    private MeasureVocabularyReader() {
    }

    static Map<String, Measure> measures(List<String> lines) {
        List<String[]> rows = rows(lines, 5);
        if (rows.stream().map(f -> f[0]).distinct().count() != rows.size()) {
            throw new IllegalArgumentException("two measures with one slug in the vocabulary");
        }
        Map<String, Measure> out = new LinkedHashMap<>();
        // A broader base may be listed after the measure it widens (新设… before 综试区数量): resolve them in rounds.
        for (int round = 0; out.size() < rows.size(); round++) {
            if (round > rows.size()) {
                throw new IllegalArgumentException("measure broader than itself, or unknown: " + unresolved(rows, out));
            }
            for (String[] f : rows) {
                boolean ready = f[4].equals("-") || out.containsKey(f[4]);
                if (!out.containsKey(f[0]) && ready) {
                    out.put(f[0], new Measure(f[0], f[1], f[2], f[3], f[4].equals("-") ? null : out.get(f[4])));
                }
            }
        }
        return out;
    }

    private static List<String> unresolved(List<String[]> rows, Map<String, Measure> done) {
        return rows.stream().map(f -> f[0]).filter(s -> !done.containsKey(s)).toList();
    }

    static Map<String, Scope> scopes(List<String> lines) {
        Map<String, Scope> out = new LinkedHashMap<>();
        for (String[] f : rows(lines, 5)) {
            if (out.put(f[0], new Scope(f[0], Scope.Kind.of(f[1]), f[2], f[3])) != null) {
                throw new IllegalArgumentException("two scopes with one slug: " + f[0]);
            }
        }
        return out;
    }

    /** The scopes that a cue of their own names in a figure's clause (成效明显 → rated-marked-results). */
    static List<ScopeCue> scopeCues(List<String> lines, Map<String, Scope> scopes) {
        return rows(lines, 5).stream().filter(f -> !f[4].equals("-"))
                .map(f -> new ScopeCue(scopes.get(f[0]), Pattern.compile(f[4]))).toList();
    }

    /** Cue lines name their measure by path: a base slug, then scope slugs ({@code cbec-trade-value/b2b/export}). */
    static List<MeasureCue> cues(List<String> lines, Map<String, Measure> measures, Map<String, Scope> scopes) {
        List<MeasureCue> out = new ArrayList<>();
        for (String[] f : rows(lines, 3)) {
            String[] path = f[0].split("/");
            Measure base = measures.get(path[0]);
            if (base == null) {
                throw new IllegalArgumentException("cue for a measure not in measures.tsv: " + f[0]);
            }
            List<Scope> narrowed = Arrays.stream(path).skip(1).map(s -> scope(scopes, s, f[0])).toList();
            out.add(new MeasureCue(MeasureKey.of(base, narrowed), f[1].equals("cbec"), patterns(f[2])));
        }
        return out;
    }

    private static Scope scope(Map<String, Scope> scopes, String slug, String line) {
        Scope s = scopes.get(slug);
        if (s == null) {
            throw new IllegalArgumentException("scope not in scopes.tsv: " + slug + " in " + line);
        }
        return s;
    }

    static List<DerivationCue> derivationCues(List<String> lines) {
        return rows(lines, 2).stream()
                .map(f -> new DerivationCue(Derivation.ofCode(f[0]), Pattern.compile(f[1]))).toList();
    }

    static List<WholeWord> wholeWords(List<String> lines) {
        return rows(lines, 2).stream().map(f -> new WholeWord(f[0], level(f[1]))).toList();
    }

    private static PlaceLevel level(String code) {
        return Arrays.stream(PlaceLevel.values()).filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no place level " + code));
    }

    private static List<List<Pattern>> patterns(String field) {
        return Arrays.stream(field.split(";"))
                .map(alt -> Arrays.stream(alt.split("\\+")).map(Pattern::compile).toList())
                .toList();
    }

    private static List<String[]> rows(List<String> lines, int fields) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != fields) {
                throw new IllegalArgumentException("vocabulary line needs " + fields + " tab-separated fields: "
                        + line);
            }
            out.add(f);
        }
        return out;
    }
}
