package org.cbeckg.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.ClasspathText;

/**
 * The curated measures ({@code measures/measures.tsv} on the classpath) and the rule that picks one for a figure:
 * the measure whose cue lies nearest the figure wins; a cue in the noun the figure counts ({@code 41项…标准}) and a
 * compound cue whose parts all occur in the figure's clause count as nearest; cues in earlier clauses of the
 * sentence count only when the figure's own clause has none; ties go to the earlier line of the vocabulary.
 *
 * <pre>{@code
 * MeasureVocabulary v = MeasureVocabulary.standard();
 * v.best(new MeasureVocabulary.Query(text, 0, 12, 14, 14, m -> m.accepts(Unit.CNY), true));
 * }</pre>
 */
public final class MeasureVocabulary {

    private static final String RESOURCE = "/measures/measures.tsv";
    private static final int EARLIER_CLAUSE = 1000;

    private final List<Measure> measures;

    private MeasureVocabulary(List<Measure> measures) {
        this.measures = List.copyOf(measures);
    }

    /** The project's vocabulary, read from the classpath. */
    public static MeasureVocabulary standard() {
        return parse(ClasspathText.lines(RESOURCE));
    }

    /** Reads vocabulary lines (see the resource's header); blank lines and {@code #} comments are skipped. */
    public static MeasureVocabulary parse(List<String> lines) {
        List<Measure> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new IllegalArgumentException("measure line needs 5 tab-separated fields: " + line);
            }
            out.add(new Measure(f[0], f[1], f[2], f[3].equals("cbec"), cues(f[4])));
        }
        return new MeasureVocabulary(out);
    }

    private static List<List<Pattern>> cues(String field) {
        return Arrays.stream(field.split(";"))
                .map(alt -> Arrays.stream(alt.split("\\+")).map(Pattern::compile).toList())
                .toList();
    }

    public List<Measure> measures() {
        return measures;
    }

    /** The vocabulary measure with this Chinese label, if any. */
    public Optional<Measure> byLabel(String labelZh) {
        return measures.stream().filter(m -> m.labelZh().equals(labelZh)).findFirst();
    }

    /**
     * Where to look for a figure's measure, in chars of {@code text}.
     *
     * @param text         the sentence up to the end of the figure's clause
     * @param clauseStart  where the figure's clause starts; cues before it count only when the clause has none
     * @param figureStart  where the figure starts
     * @param figureEnd    where the figure (with its unit) ends
     * @param nounEnd      where the noun after the figure ends ({@code 41项国家、行业等标准}); = figureEnd if none
     * @param fits         which measures may apply (by unit)
     * @param cbec         the text is about cross-border e-commerce
     */
    public record Query(String text, int clauseStart, int figureStart, int figureEnd, int nounEnd,
                        Predicate<Measure> fits, boolean cbec) {
    }

    public Optional<Measure> best(Query q) {
        Measure best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Measure m : measures) {
            if (!q.fits().test(m) || (m.cbec() && !q.cbec())) {
                continue;
            }
            int d = distance(m, q);
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(Measure m, Query q) {
        int best = Integer.MAX_VALUE;
        for (List<Pattern> alternative : m.cues()) {
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
