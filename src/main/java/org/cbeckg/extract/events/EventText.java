package org.cbeckg.extract.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cbeckg.extract.bodies.BodiesInText;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.text.Segmenter;
import org.cbeckg.model.PartialDate;

/**
 * What an event reader works on: the article text with its bodies, and the publication date that relative dates
 * (4月21日, 近日) are read against. Offsets are chars of the Java string.
 *
 * <pre>{@code
 * EventText t = new EventText(new BodiesInText(text, bodies, List.of()), LocalDate.of(2022, 4, 21));
 * t.lastDateBefore(t.sentenceStart(i), i);
 * }</pre>
 *
 * @param published  the publication date, or null when the article has none (then relative dates are not read)
 */
public record EventText(BodiesInText in, LocalDate published) {

    private static final Lexicon LEXICON = Lexicon.of("event-text");

    private static final Pattern PAST_YEAR = LEXICON.pattern("past-year");
    /** A sentence opening that goes on with the event of the sentence before: 会上, 当天. */
    private static final Pattern CONTINUES = LEXICON.pattern("continues");
    /** How many sentences back a continued event's date is looked for. */
    private static final int CARRY_SENTENCES = 2;

    /** The publication year as a year-only date, or null when the article has no date. */
    public PartialDate publicationYear() {
        return published == null ? null : PartialDate.ofYear(published.getYear());
    }

    public String text() {
        return in.text();
    }

    public int sentenceStart(int index) {
        int i = index;
        while (i > 0 && !Segmenter.endsSentence(text().charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * The start of the stretch that tells about what is at {@code index}: its sentence, or what follows the sentence's
     * last colon (有媒体提问：近日，国务院发布… tells the approval after the colon, the press conference before it).
     */
    public int segmentStart(int index) {
        int i = index;
        while (i > 0 && !Segmenter.endsSentence(text().charAt(i - 1)) && "：:".indexOf(text().charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    public int sentenceEnd(int index) {
        int i = index;
        while (i < text().length() && !Segmenter.endsSentence(text().charAt(i))) {
            i++;
        }
        return i;
    }

    /** The dates stated in chars {@code [from, to)}, with offsets into the whole text. */
    public List<DateMention> datesIn(int from, int to) {
        return DateExpressions.in(text().substring(from, to), published).stream()
                .map(d -> new DateMention(d.date(), d.start() + from, d.end() + from, d.vague())).toList();
    }

    /** The last date stated in {@code [from, to)}: the one nearest an event named at {@code to}. */
    public Optional<DateMention> lastDateBefore(int from, int to) {
        List<DateMention> dates = datesIn(from, to);
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
    }

    /**
     * The date a sentence that goes on with the event before it carries over (9月12日，…峰会举行。会上，…发布了报告: the
     * report's release is dated 9月12日): the last exact date of the one or two sentences before, when the sentence of
     * {@code index} opens with a word of continuation (会上, 当天); else none.
     */
    public Optional<DateMention> continuedDate(int index) {
        int sentence = sentenceStart(index);
        if (sentence == 0 || !CONTINUES.matcher(text()).region(sentence, index).lookingAt()) {
            return Optional.empty();
        }
        int from = sentence;
        for (int i = 0; i < CARRY_SENTENCES && from > 0; ) {
            int before = sentenceStart(from - 1);
            if (!text().substring(before, from).isBlank()) {
                i++; // a paragraph break between sentences is no sentence
            }
            from = before;
        }
        List<DateMention> dates = datesIn(from, sentence).stream().filter(d -> !d.vague()).toList();
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
    }

    /** Whether {@code [from, to)} dates what it tells in a year before publication (2015年，国家在杭州设立…). */
    public boolean tellsEarlierYear(int from, int to) {
        return published != null && DateExpressions.yearsIn(text().substring(from, to)).stream()
                .anyMatch(y -> y < published.getYear());
    }

    /**
     * Whether {@code [from, to)} tells what it tells in a year before publication, written out (2015年) or relative
     * (去年6月，商务部印发…; 前年): a speaker recounting last year's measures, not news of the article.
     */
    public boolean tellsPastYear(int from, int to) {
        return tellsEarlierYear(from, to) || published != null && PAST_YEAR.matcher(text().substring(from, to)).find();
    }
}
