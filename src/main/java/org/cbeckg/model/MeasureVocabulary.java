package org.cbeckg.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.ClasspathText;

/**
 * The curated measures (files under {@code measures/} on the classpath) and the rule that picks one for a figure:
 * the cue nearest the figure wins; a cue in the noun the figure counts ({@code 41项…标准}) and a compound cue whose
 * parts all occur in the figure's clause count as nearest; cues in earlier clauses of the sentence count only when
 * the figure's own clause has none; ties go to the earlier line of {@code cues.tsv}.
 *
 * <pre>{@code
 * MeasureVocabulary v = MeasureVocabulary.standard();
 * v.best(new MeasureVocabulary.Query(text, 0, 12, 14, 14, m -> m.accepts(Unit.CNY), true));   // a MeasureCue
 * v.key("cbec-trade-value/export/growth");                                                 // a MeasureKey
 * }</pre>
 */
public final class MeasureVocabulary {

    private static final String DIR = "/measures/";
    private static final int EARLIER_CLAUSE = 1000;
    private static final Pattern BATCHES = Pattern.compile("batches-1-(\\d+)|batch-(\\d+)");

    private final Map<String, Measure> measures;
    private final Map<String, Scope> scopes;
    private final List<MeasureCue> cues;
    private final List<MeasureVocabularyReader.ScopeCue> scopeCues;
    private final List<MeasureVocabularyReader.DerivationCue> derivationCues;
    private final List<MeasureVocabularyReader.WholeWord> wholeWords;

    private MeasureVocabulary(Function<String, List<String>> files) {
        this.measures = Map.copyOf(MeasureVocabularyReader.measures(files.apply("measures.tsv")));
        List<String> scopeLines = files.apply("scopes.tsv");
        this.scopes = Map.copyOf(MeasureVocabularyReader.scopes(scopeLines));
        this.scopeCues = MeasureVocabularyReader.scopeCues(scopeLines, scopes);
        this.cues = MeasureVocabularyReader.cues(files.apply("cues.tsv"), measures, scopes);
        this.derivationCues = MeasureVocabularyReader.derivationCues(files.apply("derivations.tsv"));
        this.wholeWords = MeasureVocabularyReader.wholeWords(files.apply("share-wholes.tsv"));
    }

    /** The project's vocabulary, read from the classpath. */
    public static MeasureVocabulary standard() {
        return read(name -> ClasspathText.lines(DIR + name));
    }

    /** A vocabulary from the lines of each file, by file name ({@code measures.tsv}, {@code cues.tsv} …). */
    public static MeasureVocabulary read(Function<String, List<String>> files) {
        return new MeasureVocabulary(files);
    }

    /** The base measures, in no particular order. */
    public List<Measure> measures() {
        return List.copyOf(measures.values());
    }

    /** The listed scopes (batch scopes are made from their numbers and not listed). */
    public List<Scope> scopes() {
        return List.copyOf(scopes.values());
    }

    public List<MeasureCue> cues() {
        return cues;
    }

    public Optional<Measure> measure(String slug) {
        return Optional.ofNullable(measures.get(slug));
    }

    public Optional<Scope> scope(String slug) {
        Matcher m = BATCHES.matcher(slug);
        if (m.matches()) {
            return Optional.of(m.group(1) != null ? Scope.firstBatches(Integer.parseInt(m.group(1)))
                    : Scope.batch(Integer.parseInt(m.group(2))));
        }
        return Optional.ofNullable(scopes.get(slug));
    }

    /** The key a path names ({@link MeasureKey#path()}); {@code unclassified} names {@link MeasureKey#UNCLASSIFIED}. */
    public MeasureKey key(String path) {
        return MeasurePaths.parse(path, this);
    }

    /** The scopes of a kind whose own cue occurs in {@code clause}: 评估为“成效明显” → rated-marked-results. */
    public List<Scope> scopesNamedIn(String clause, Scope.Kind kind) {
        return scopeCues.stream().filter(c -> c.scope().kind() == kind && c.pattern().matcher(clause).find())
                .map(MeasureVocabularyReader.ScopeCue::scope).toList();
    }

    /** The kind of growth its clause up to the figure makes a growth rate: month-on-month, average, or plain. */
    public Derivation growthKind(String head) {
        return derivationCues.stream().filter(c -> c.pattern().matcher(head).find()).findFirst()
                .map(MeasureVocabularyReader.DerivationCue::derivation).orElse(Derivation.GROWTH);
    }

    /** The place level whose total a share's whole names (全国, 全省), if any of its words occurs. */
    public Optional<PlaceLevel> wholeLevel(String whole) {
        return wholeWords.stream().filter(w -> whole.contains(w.word())).findFirst()
                .map(MeasureVocabularyReader.WholeWord::level);
    }

    /**
     * Where to look for a figure's measure, in chars of {@code text}.
     *
     * @param text         the sentence up to the end of the figure's clause
     * @param clauseStart  where the figure's clause starts; cues before it count only when the clause has none
     * @param figureStart  where the figure starts
     * @param figureEnd    where the figure (with its unit) ends
     * @param nounEnd      where the noun after the figure ends ({@code 41项国家、行业等标准}); = figureEnd if none
     * @param fits         which base measures may apply (by unit)
     * @param cbec         the text is about cross-border e-commerce
     */
    public record Query(String text, int clauseStart, int figureStart, int figureEnd, int nounEnd,
                        Predicate<Measure> fits, boolean cbec) {
    }

    public Optional<MeasureCue> best(Query q) {
        MeasureCue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (MeasureCue c : cues) {
            if (!q.fits().test(c.base()) || (c.cbec() && !q.cbec())) {
                continue;
            }
            int d = distance(c, q);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(MeasureCue c, Query q) {
        int best = Integer.MAX_VALUE;
        for (List<Pattern> alternative : c.cues()) {
            best = Math.min(best, alternative.size() == 1 ? nearest(alternative.get(0), q) : compound(alternative, q));
        }
        return best;
    }

    /** A compound cue (批复同意在 + 试验区) is specific: wholly inside the figure's clause it counts as nearest. */
    private static int compound(List<Pattern> parts, Query q) {
        String clause = q.text().substring(q.clauseStart());
        return parts.stream().allMatch(p -> p.matcher(clause).find()) ? 0 : Integer.MAX_VALUE;
    }

    private static int nearest(Pattern p, Query q) {
        Matcher m = p.matcher(q.text());
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            best = Math.min(best, distance(m.start(), m.end(), q));
        }
        return best;
    }

    private static int distance(int start, int end, Query q) {
        int d;
        if (end <= q.figureStart()) {
            d = q.figureStart() - end;
        } else if (start >= q.figureEnd()) {
            d = start < q.nounEnd() ? 0 : start - q.figureEnd();
        } else {
            d = 0;
        }
        return end <= q.clauseStart() ? d + EARLIER_CLAUSE : d;
    }
}
