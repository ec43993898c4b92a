package org.cbeckg.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.text.SortedLists;

/**
 * Stretches of text where a figure is only repeated, not stated: a reporter's question ({@code 有媒体提问：…？}, from
 * the cue to the end of its paragraph) and a document title ({@code 《…》}). A figure found there is kept only when
 * the article does not state it elsewhere.
 *
 * <pre>{@code
 * ReportedRegions regions = ReportedRegions.of(layout);
 * boolean repeated = regions.inQuestion(charIndex) || regions.inTitle(charIndex);
 * }</pre>
 */
public final class ReportedRegions {

    private static final Lexicon LEXICON = Lexicon.of("reported-regions");

    private static final Pattern QUESTION_CUE = LEXICON.pattern("question-cue");
    private static final Pattern TITLE = LEXICON.pattern("title");

    private record Region(int start, int end) {
        boolean contains(int i) {
            return start <= i && i < end;
        }
    }

    private final List<Region> questions;
    private final List<Region> titles;

    private ReportedRegions(List<Region> questions, List<Region> titles) {
        this.questions = List.copyOf(questions);
        this.titles = List.copyOf(titles);
    }

    public static ReportedRegions of(TextLayout layout) {
        List<Region> questions = new ArrayList<>();
        for (TextLayout.Range p : layout.paragraphs()) {
            String para = layout.textOf(p);
            Matcher m = QUESTION_CUE.matcher(para);
            if (m.find() && (para.indexOf('？', m.end()) >= 0 || para.indexOf('?', m.end()) >= 0)) {
                questions.add(new Region(p.start() + m.start(), p.end()));
            }
        }
        List<Region> titles = new ArrayList<>();
        Matcher t = TITLE.matcher(layout.text());
        while (t.find()) {
            titles.add(new Region(t.start(), t.end()));
        }
        return new ReportedRegions(questions, titles);
    }

    public boolean inQuestion(int charIndex) {
        return isIn(questions, charIndex);
    }

    public boolean inTitle(int charIndex) {
        return isIn(titles, charIndex);
    }

    /** Regions are in text order and do not overlap: only the last one starting by the index can hold it. */
    private static boolean isIn(List<Region> regions, int charIndex) {
        int after = SortedLists.firstAtLeast(regions, Region::start, charIndex + 1);
        return after > 0 && regions.get(after - 1).contains(charIndex);
    }
}
