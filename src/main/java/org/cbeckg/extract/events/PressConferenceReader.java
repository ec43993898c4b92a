package org.cbeckg.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.extract.EventKind;
import org.cbeckg.extract.OrganizationKind;
import org.cbeckg.extract.PartialDate;
import org.cbeckg.extract.bodies.BodyMatch;
import org.cbeckg.extract.bodies.Organization;

/**
 * Finds the press conferences an article reports: 在商务部召开的例行新闻发布会上, 在中共中央宣传部举行的“……”有关情况发布会上,
 * 国新办新闻发布会, 国务院新闻办公室今天举行新闻发布会. The label is the conference's name as written (例行新闻发布会,
 * a quoted title included); the organiser is the body named before it in the clause (for a spokesperson "在例行新闻
 * 发布会上" it is the spokesperson's body); the date is the one stated in the sentence, else the dateline's, else the
 * publication year. Conferences still to come (将于…举行) are not reported events. One event per organiser and date.
 *
 * <pre>{@code
 * List<EventFound> conferences = new PressConferenceReader().read(eventText);
 * }</pre>
 */
public final class PressConferenceReader {

    private static final Pattern CONFERENCE = Pattern.compile("新闻发布会|发布会|吹风会|记者会|记者招待会|新闻通气会|通气会");
    private static final Pattern FUTURE = Pattern.compile("将于|将在|将举行|将召开|拟于|即将");
    private static final Pattern NOT_PRESS = Pattern.compile("新品|产品|新车|手机|招聘|推介");
    private static final Pattern DATELINE = Pattern.compile("^.{0,12}?\\d{1,2}月\\d{1,2}日(电|讯)");
    private static final List<String> HOLDING_VERBS = List.of("召开", "举行", "举办", "组织");
    /** Characters that close a conference's name on its left: 的 in 召开的例行新闻发布会, 在, punctuation. */
    private static final String LABEL_STOPS = "的在，。；：！？\n、 ,;:";
    private static final int MAX_LABEL = 40;
    private static final int MAX_ORGANIZER_GAP = 30;

    public List<EventFound> read(EventText t) {
        List<Candidate> candidates = new ArrayList<>();
        Matcher m = CONFERENCE.matcher(t.text());
        while (m.find()) {
            conference(t, m.start(), m.end()).ifPresent(candidates::add);
        }
        List<EventFound> found = new ArrayList<>();
        candidates.stream().filter(c -> !c.isBackReference() || candidates.size() == 1).map(Candidate::event)
                .filter(e -> isNew(found, e)).forEach(found::add);
        return List.copyOf(found);
    }

    /** A conference as told once; {@code dateStated} when the article gives its date. */
    private record Candidate(EventFound event, boolean dateStated) {
        /** 发布会现场 in a photo caption, 在发布会上 later on: the conference told elsewhere in the article. */
        boolean isBackReference() {
            return event.organizer() == null && !dateStated;
        }
    }

    private Optional<Candidate> conference(EventText t, int nounStart, int nounEnd) {
        int labelStart = labelStart(t, nounStart);
        String label = t.text().substring(labelStart, nounEnd);
        int sentence = t.sentenceStart(labelStart);
        String before = t.text().substring(sentence, labelStart);
        if (FUTURE.matcher(before).find() || NOT_PRESS.matcher(label).find()) {
            return Optional.empty();
        }
        Organization organizer = t.in().bodyBefore(labelStart, MAX_ORGANIZER_GAP, PressConferenceReader::canHold)
                .map(BodyMatch::organization).orElse(null);
        int start = Math.max(t.in().clauseStart(labelStart), sentence);
        Optional<PartialDate> stated = statedDate(t, sentence, labelStart);
        EventFound event = new EventFound(EventKind.PRESS_CONFERENCE, stated.orElse(t.publicationYear()), organizer,
                label, start, nounEnd);
        return Optional.of(new Candidate(event, stated.isPresent()));
    }

    /** Walks left from the noun over the conference's name, skipping a quoted title whole. */
    private static int labelStart(EventText t, int nounStart) {
        String text = t.text();
        int i = nounStart;
        while (i > 0 && nounStart - i < MAX_LABEL && !closesLabel(t, i)) {
            if (text.charAt(i - 1) == '”' && text.lastIndexOf('“', i - 1) >= 0) {
                i = text.lastIndexOf('“', i - 1);
            } else {
                i--;
            }
        }
        return i;
    }

    private static boolean closesLabel(EventText t, int i) {
        String text = t.text();
        return LABEL_STOPS.indexOf(text.charAt(i - 1)) >= 0
                || HOLDING_VERBS.stream().anyMatch(v -> text.startsWith(v, i - v.length()))
                || t.in().bodies().stream().anyMatch(b -> b.end() == i);
    }

    private static boolean canHold(BodyMatch b) {
        return b.organization().kind() != OrganizationKind.MEDIA;
    }

    /** The date stated in the sentence before the conference, else in the paragraph's dateline. */
    private static Optional<PartialDate> statedDate(EventText t, int sentenceStart, int labelStart) {
        return t.lastDateBefore(sentenceStart, labelStart).map(DateMention::date)
                .or(() -> datelineDate(t, labelStart));
    }

    /** The date of a dateline heading the paragraph (新华社北京2月8日电). */
    private static Optional<PartialDate> datelineDate(EventText t, int index) {
        int paragraph = t.text().lastIndexOf('\n', index) + 1;
        Matcher m = DATELINE.matcher(t.text().substring(paragraph, index));
        return m.find() ? t.lastDateBefore(paragraph, paragraph + m.end()).map(DateMention::date) : Optional.empty();
    }

    /** One event per organiser and date; a conference told twice (once without its organiser) is one event. */
    private static boolean isNew(List<EventFound> found, EventFound e) {
        return found.stream().noneMatch(f -> Objects.equals(f.date(), e.date())
                && (f.organizer() == null || e.organizer() == null || f.organizer().id().equals(e.organizer().id())));
    }
}
