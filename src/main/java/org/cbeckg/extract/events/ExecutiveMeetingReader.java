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

/**
 * Finds the State Council executive meetings an article reports ({@code 1月6日召开的国务院常务会议决定…},
 * {@code 国务院总理主持召开国务院常务会议}): an event of kind other, organised by 国务院, labelled 国务院常务会议 and
 * dated by the date its sentence states before it. A mention with no date ({@code 根据国务院常务会议部署}) refers to
 * policy, not to a meeting the article reports; a meeting told as history (2015年…) or still to come (将召开) is none.
 * One event per date. The label carries the decision (国务院常务会议（决定在…新设一批综试区）). A meeting that decides
 * to set up zones (a batch) is of kind approval: the decision and the reply (批复) that follows are two approval
 * events; a meeting that only deploys policy stays of kind other.
 *
 * <pre>{@code
 * List<EventFound> meetings = new ExecutiveMeetingReader().read(eventText);
 * }</pre>
 */
public final class ExecutiveMeetingReader {

    private static final Lexicon LEXICON = Lexicon.of("executive-meeting-reader");

    private static final String LABEL = LEXICON.text("label");
    private static final Pattern MEETING = LEXICON.pattern("meeting");
    private static final Pattern FUTURE = LEXICON.pattern("future");
    /** What the meeting decided, for its label. */
    private static final Pattern DECISION = LEXICON.pattern("decision");
    /** A decision that sets up zones. */
    private static final Pattern DECIDES_ZONES = LEXICON.pattern("decides-zones");
    private static final String CLAUSE_BREAKS = LEXICON.text("clause-breaks");

    public List<EventFound> read(EventText t) {
        List<EventFound> found = new ArrayList<>();
        Matcher m = MEETING.matcher(t.text());
        while (m.find()) {
            meeting(t, m.start(), m.end()).filter(e -> found.stream().noneMatch(f -> f.date().equals(e.date())))
                    .ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    private Optional<EventFound> meeting(EventText t, int start, int end) {
        int sentence = t.segmentStart(start);
        Optional<DateMention> date = t.lastDateBefore(sentence, start);
        if (date.isEmpty() || t.tellsEarlierYear(sentence, start)
                || FUTURE.matcher(t.text().substring(sentence, start)).find()) {
            return Optional.empty();
        }
        Organization council = t.in().bodiesWithin(start, end).stream()
                .map(BodyMatch::organization).findFirst().orElse(null);
        int sentenceEnd = t.sentenceEnd(end);
        Matcher decision = DECISION.matcher(t.text()).region(end, sentenceEnd);
        if (!decision.find()) {
            return Optional.of(new EventFound(EventKind.OTHER, date.get().date(), council, LABEL, start, end));
        }
        Matcher zones = DECIDES_ZONES.matcher(t.text()).region(decision.start(), sentenceEnd);
        boolean approves = zones.find();
        String what = approves // the clause of the zones: 决定，在已设立59个的基础上，再新设46个综试区
                ? t.text().substring(Math.max(decision.end(1), t.in().clauseStart(zones.start())),
                clauseEnd(t, zones.end()))
                : decision.group(2);
        return Optional.of(new EventFound(approves ? EventKind.APPROVAL : EventKind.OTHER, date.get().date(),
                council, LABEL + "（" + decision.group(1) + what + "）", start, end));
    }

    private static int clauseEnd(EventText t, int index) {
        int i = index;
        while (i < t.text().length() && CLAUSE_BREAKS.indexOf(t.text().charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
