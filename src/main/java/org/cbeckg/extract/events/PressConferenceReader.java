package org.cbeckg.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * Finds the press conferences an article reports: 在商务部召开的例行新闻发布会上, 在中共中央宣传部举行的“……”有关情况发布会上,
 * 国新办新闻发布会, 国务院新闻办公室今天举行新闻发布会. The label is the conference's name as written (例行新闻发布会,
 * a quoted title included), or its subject when a bare name is followed by one (召开新闻发布会，介绍云南跨境电商发展情况
 * → 云南跨境电商发展情况新闻发布会); the organiser is the body named before it in the clause (for a spokesperson "在例行
 * 新闻发布会上" it is the spokesperson's body); the date is the one stated in the sentence, else the dateline's, else
 * the publication year. Conferences still to come (将于…举行) are not reported events. A conference the article says
 * a body held (召开, 举行) is the one that later mentions refer back to: a speaker's 在发布会上 and an undated caption
 * (商务部例行新闻发布会现场) are not conferences of their own. One event per organiser and date.
 *
 * <pre>{@code
 * List<EventFound> conferences = new PressConferenceReader().read(eventText);
 * }</pre>
 */
public final class PressConferenceReader {

    private static final Lexicon LEXICON = Lexicon.of("press-conference-reader");

    private static final Pattern CONFERENCE = LEXICON.pattern("conference");
    private static final Pattern FUTURE = LEXICON.pattern("future");
    private static final Pattern NOT_PRESS = LEXICON.pattern("not-press");
    private static final Pattern DATELINE = LEXICON.pattern("dateline");
    private static final List<String> HOLDING_VERBS = LEXICON.words("holding-verbs");
    /** Characters that close a conference's name on its left: 的 in 召开的例行新闻发布会, 在, punctuation. */
    private static final String LABEL_STOPS = LEXICON.text("label-stops");
    private static final int MAX_LABEL = 40;
    /** 召开新闻发布会，介绍云南跨境电商发展情况: the subject names a conference that has no name of its own. */
    private static final Pattern SUBJECT = LEXICON.pattern("subject");
    private static final Pattern BARE_NAME = LEXICON.pattern("bare-name");
    private static final int MAX_ORGANIZER_GAP = 30;

    public List<EventFound> read(EventText t) {
        List<Candidate> candidates = new ArrayList<>();
        Matcher m = CONFERENCE.matcher(t.text());
        while (m.find()) {
            conference(t, m.start(), m.end()).ifPresent(candidates::add);
        }
        List<EventFound> found = new ArrayList<>();
        candidates.stream().filter(c -> !c.refersBack(candidates) || candidates.size() == 1).map(Candidate::event)
                .filter(e -> isNew(found, e)).forEach(found::add);
        return List.copyOf(found);
    }

    /**
     * A conference as told once; {@code dateStated} when the article gives its date, {@code held} when it says a
     * body held it (召开, 举行) rather than that someone spoke at it.
     */
    private record Candidate(EventFound event, boolean dateStated, boolean held) {
        /**
         * 发布会现场 in a photo caption, 在发布会上 later on: the conference told elsewhere in the article. So is a
         * speaker's 在发布会上 (云南省商务厅厅长…在发布会上说) when a held one of that day is told, and an undated
         * mention (商务部例行新闻发布会现场) of a body's conference that is dated elsewhere.
         */
        boolean refersBack(List<Candidate> all) {
            if (event.organizer() == null && !dateStated) {
                return true;
            }
            return all.stream().filter(o -> o != this).anyMatch(o -> o.held && !held
                    && (!dateStated || Objects.equals(o.event.date(), event.date()))
                    || o.dateStated && !dateStated && sameOrganizer(o.event, event));
        }
    }

    private static boolean sameOrganizer(EventFound a, EventFound b) {
        return a.organizer() != null && b.organizer() != null && a.organizer().id().equals(b.organizer().id());
    }

    private Optional<Candidate> conference(EventText t, int nounStart, int nounEnd) {
        int labelStart = labelStart(t, nounStart);
        String label = t.text().substring(labelStart, nounEnd);
        int sentence = t.sentenceStart(labelStart);
        String before = t.text().substring(sentence, labelStart);
        if (FUTURE.matcher(before).find() || NOT_PRESS.matcher(label).find()) {
            return Optional.empty();
        }
        Optional<BodyMatch> body = t.in().bodyBefore(labelStart, MAX_ORGANIZER_GAP, PressConferenceReader::canHold);
        Organization organizer = body.map(BodyMatch::organization).orElse(null);
        int start = Math.max(t.in().clauseStart(labelStart), sentence);
        boolean held = isHeld(t, body.map(BodyMatch::end).orElse(start), labelStart);
        Optional<PartialDate> stated = statedDate(t, sentence, labelStart);
        EventFound event = new EventFound(EventKind.PRESS_CONFERENCE, stated.orElse(t.publicationYear()), organizer,
                withSubject(t, label, nounEnd), start, nounEnd);
        return Optional.of(new Candidate(event, stated.isPresent(), held));
    }

    /** 商务部14日举行例行新闻发布会, 在商务部召开的…发布会上: a holding verb between the body and the name. */
    private static boolean isHeld(EventText t, int from, int labelStart) {
        String between = t.text().substring(Math.min(from, labelStart), labelStart);
        return HOLDING_VERBS.stream().anyMatch(between::contains);
    }

    /** 新闻发布会，介绍2023年全年进出口情况 → 2023年全年进出口情况新闻发布会. */
    private static String withSubject(EventText t, String label, int nounEnd) {
        Matcher m = SUBJECT.matcher(t.text().substring(nounEnd, Math.min(t.text().length(), nounEnd + 48)));
        return BARE_NAME.matcher(label).matches() && m.find() ? m.group(1) + label : label;
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

    /**
     * Where the name stops: a stop char, a holding verb, or a body (商务部例行新闻发布会 is held by 商务部) unless a
     * holding verb stands right before that body: then the body is part of the name (国务院新闻办公室举行国务院政策例行
     * 吹风会 is the press office's 国务院政策例行吹风会).
     */
    private static boolean closesLabel(EventText t, int i) {
        String text = t.text();
        return LABEL_STOPS.indexOf(text.charAt(i - 1)) >= 0 || endsHoldingVerb(text, i)
                || t.in().bodiesEndingAt(i).stream().anyMatch(b -> !endsHoldingVerb(text, b.start()));
    }

    private static boolean endsHoldingVerb(String text, int i) {
        return HOLDING_VERBS.stream().anyMatch(v -> text.startsWith(v, i - v.length()));
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
