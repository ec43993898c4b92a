package org.cbeckg.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.extract.bodies.BodyMatch;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.EventKind;
import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;
import org.cbeckg.model.PartialDate;

/**
 * Finds an evaluation the article reports as done: 商务部对全国前五批105个综试区进行了综合评估 ; 综试区首次评估结果近期出炉 ;
 * 商务部公布了2023年度综试区评估结果 ; 商务部组织开展了2023年度综试区评估工作. Plans and duties (将完善评估和退出机制, 定期开展评估) are not events: the verb must be
 * perfective or the results out. All such mentions in an article are taken as one evaluation (labelled by the first,
 * the others in brackets), organised by the body that did it, dated only when the sentence dates it (not when the
 * date is that of a speech reporting it: 4月21日，发言人表示，商务部对…进行了评估 gives no date to the evaluation), or by
 * 今年 in its clause (商务部今年组织开展了…评估: the publication year), not by a vague 近期; a release of results
 * or of an evaluation report (某某研究院发布了《…评估报告》) is dated by a 日前/近日 too (the publication year), and by
 * the date of the sentence before when its own goes on with that one's event (会上，…发布了《…评估报告》).
 *
 * <pre>{@code
 * List<EventFound> evaluations = new EvaluationReader().read(eventText);
 * }</pre>
 */
public final class EvaluationReader {

    private static final Lexicon LEXICON = Lexicon.of("evaluation-reader");

    /** 对X进行了(综合)评估: X and the kind of evaluation. */
    private static final Pattern DONE = LEXICON.pattern("done");
    /** 组织开展了X评估(工作): an evaluation carried out, named by what it covers. */
    private static final Pattern CARRIED_OUT =
            LEXICON.pattern("carried-out");
    /** X评估结果出炉 / 公布 … */
    private static final Pattern RESULTS_OUT = LEXICON.pattern("results-out");
    /** 公布了X评估结果: X may be a long name (2023年度全省跨境电子商务综合试验区考核评估结果). */
    private static final Pattern RESULTS_PUBLISHED = LEXICON.pattern("results-published");
    /** Between a date and the evaluation, a report of speech: the date is the speech's, not the evaluation's. */
    private static final Pattern REPORTED_SPEECH = LEXICON.pattern("reported-speech");
    /**
     * The same for results a body releases (山东省商务厅发布…评估结果): the release is the event, so a press conference
     * it is released at (4月16日，省政府新闻办召开新闻发布会，省商务厅发布…) dates it; only a report of speech does not.
     */
    private static final Pattern REPORTED_SPEECH_OF_RELEASE = LEXICON.pattern("reported-speech-of-release");
    /** 商务部今年组织开展了…评估: the year is stated, relative to publication (unlike the vague 近期). */
    private static final Pattern THIS_YEAR = LEXICON.pattern("this-year");
    private static final Pattern NOT_DONE = LEXICON.pattern("not-done");
    /** 某某研究院发布了《…评估报告》: the release of a report is the evaluation. */
    private static final Pattern REPORT_RELEASED = LEXICON.pattern("report-released");
    private static final String CLAUSE_BREAKS = LEXICON.text("clause-breaks");

    public List<EventFound> read(EventText t) {
        List<EventFound> mentions = new ArrayList<>();
        Matcher done = DONE.matcher(t.text());
        while (done.find()) {
            mention(t, done.start(), done.end(), done.group(1) + done.group(2) + "评估").ifPresent(mentions::add);
        }
        Matcher carried = CARRIED_OUT.matcher(t.text());
        while (carried.find()) {
            int start = carried.start();
            if (mentions.stream().noneMatch(e -> e.start() <= start && start < e.end())) { // not 对X开展了评估 again
                mention(t, start, carried.end(), carried.group(1) + "评估").ifPresent(mentions::add);
            }
        }
        Matcher out = RESULTS_OUT.matcher(t.text());
        while (out.find()) {
            String subject = t.text().substring(clauseStart(t, out.start()), out.start());
            mention(t, out.start(), out.end(), subject + "评估").ifPresent(mentions::add);
        }
        Matcher published = RESULTS_PUBLISHED.matcher(t.text());
        while (published.find()) {
            mention(t, published.start(), published.end(), published.group(1) + "评估", REPORTED_SPEECH_OF_RELEASE)
                    .map(e -> releasedRecently(t, e)).ifPresent(mentions::add);
        }
        Matcher report = REPORT_RELEASED.matcher(t.text());
        while (report.find()) {
            mention(t, report.start(), report.end(), report.group(1) + report.group(2), REPORTED_SPEECH_OF_RELEASE)
                    .ifPresent(mentions::add);
        }
        return merged(mentions).map(List::of).orElse(List.of());
    }

    private Optional<EventFound> mention(EventText t, int start, int end, String label) {
        return mention(t, start, end, label, REPORTED_SPEECH);
    }

    /** {@code speech}: what, between a date and the mention, makes the date that of a report, not of the event. */
    private Optional<EventFound> mention(EventText t, int start, int end, String label, Pattern speech) {
        int clause = clauseStart(t, start);
        String before = t.text().substring(clause, start);
        if (label.length() <= "评估".length() || NOT_DONE.matcher(before).find()
                || t.tellsEarlierYear(clause, start)) {
            return Optional.empty();
        }
        Organization organizer = t.in().bodyBefore(start, start - clause, EvaluationReader::canEvaluate)
                .map(BodyMatch::organization).orElse(null);
        PartialDate date = t.datesIn(t.segmentStart(start), start).stream().filter(d -> !d.vague())
                .filter(d -> !speech.matcher(t.text().substring(d.end(), start)).find())
                .reduce((a, b) -> b).or(() -> t.continuedDate(start)).map(DateMention::date)
                .orElseGet(() -> THIS_YEAR.matcher(before).find() ? t.publicationYear() : null);
        return Optional.of(new EventFound(EventKind.EVALUATION, date, organizer, label.strip(),
                organizer == null ? clause : Math.min(clause, start), end));
    }

    /**
     * Results a body released 日前/近日 (商务部日前公布…评估结果): news of a release, so in the publication year, as an
     * approval reported with no date; a vague 近期 before work carried out (近期组织开展了…评估) still dates nothing.
     */
    private static EventFound releasedRecently(EventText t, EventFound e) {
        if (e.date() != null || t.datesIn(t.segmentStart(e.end() - 1), e.end()).stream().noneMatch(DateMention::vague)) {
            return e;
        }
        return new EventFound(e.kind(), t.publicationYear(), e.organizer(), e.label(), e.start(), e.end());
    }

    /** The mentions of one article as one event: first label, the others in brackets; any organiser and date. */
    private static Optional<EventFound> merged(List<EventFound> mentions) {
        List<EventFound> ordered = mentions.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        EventFound first = ordered.get(0);
        List<String> others = ordered.stream().map(EventFound::label).distinct().skip(1).toList();
        String label = others.isEmpty() ? first.label() : first.label() + "（" + String.join("；", others) + "）";
        Organization organizer = ordered.stream().map(EventFound::organizer).filter(o -> o != null).findFirst()
                .orElse(null);
        PartialDate date = ordered.stream().map(EventFound::date).filter(d -> d != null).findFirst().orElse(null);
        return Optional.of(new EventFound(EventKind.EVALUATION, date, organizer, label, first.start(), first.end()));
    }

    private static boolean canEvaluate(BodyMatch b) {
        OrganizationKind k = b.organization().kind();
        return k != OrganizationKind.MEDIA;
    }

    private static int clauseStart(EventText t, int index) {
        int i = index;
        while (i > 0 && CLAUSE_BREAKS.indexOf(t.text().charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }
}
