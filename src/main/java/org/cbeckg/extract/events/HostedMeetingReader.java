package org.cbeckg.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.extract.bodies.BodyMatch;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.EventKind;
import org.cbeckg.model.OrganizationKind;

/**
 * Finds a meeting a body hosts: 由宁波市人民政府主办的第三届跨境电商发展峰会在宁波举行 ; 商务部召开综试区建设工作推进会. An
 * event of kind other, organised by the host (the body before 主办, 承办, 举办, 召开 or 举行), labelled by the
 * meeting's name as written (…大会, 论坛, 峰会, 博览会, 交易会, 座谈会, 推进会 …) and dated by the date its sentence
 * states before the name, else by a 于… right after it (…峰会于5月8日在宁波开幕). Press conferences (发布会, 吹风会) are
 * {@link PressConferenceReader}'s, the State Council's executive meetings {@link ExecutiveMeetingReader}'s. A meeting
 * with no date (多次举办对接会), told as history (2019年，…举办了…; 去年…) or still to come (将于…举办) is not an event of the
 * article. One event per name.
 *
 * <pre>{@code
 * List<EventFound> meetings = new HostedMeetingReader().read(eventText);
 * }</pre>
 */
public final class HostedMeetingReader {

    private static final Lexicon LEXICON = Lexicon.of("hosted-meeting-reader");

    /** The hosting verb, then (after a co-organiser: 、某某承办) the meeting's name up to the noun that ends it. */
    private static final Pattern HOSTED = LEXICON.pattern("hosted");
    /** What may stand between the host and the verb: co-hosts (联合, 共同) and time words. */
    private static final Pattern BODY_TO_VERB = LEXICON.pattern("body-to-verb");
    /** A date told right after the name: …峰会于5月8日在宁波开幕. */
    private static final Pattern DATE_AFTER = LEXICON.pattern("date-after");
    private static final Pattern FUTURE = LEXICON.pattern("future");
    private static final int MAX_BODY_GAP = 12;

    public List<EventFound> read(EventText t) {
        List<EventFound> found = new ArrayList<>();
        Matcher m = HOSTED.matcher(t.text());
        while (m.find()) {
            meeting(t, m).filter(e -> found.stream().noneMatch(f -> f.label().equals(e.label())))
                    .ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    private Optional<EventFound> meeting(EventText t, Matcher m) {
        int verb = m.start();
        Optional<BodyMatch> host = t.in().bodyBefore(verb, MAX_BODY_GAP, b -> canHost(b)
                && BODY_TO_VERB.matcher(t.text().substring(b.end(), verb)).matches());
        int segment = t.segmentStart(verb);
        if (host.isEmpty() || t.tellsPastYear(segment, verb)
                || FUTURE.matcher(t.text().substring(segment, clauseEnd(t, m.end()))).find()) {
            return Optional.empty();
        }
        Optional<DateMention> date = t.lastDateBefore(segment, verb).or(() -> dateAfter(t, m.end()));
        if (date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EventFound(EventKind.OTHER, date.get().date(), host.get().organization(), m.group(1),
                host.get().start(), m.end()));
    }

    /** 于5月8日 right after the name, in its clause. */
    private static Optional<DateMention> dateAfter(EventText t, int nameEnd) {
        if (!DATE_AFTER.matcher(t.text()).region(nameEnd, t.text().length()).lookingAt()) {
            return Optional.empty();
        }
        return t.datesIn(nameEnd, clauseEnd(t, nameEnd)).stream().findFirst().filter(d -> d.start() - nameEnd <= 1);
    }

    private static int clauseEnd(EventText t, int index) {
        int i = index;
        while (i < t.text().length() && "，。；！？\n,;".indexOf(t.text().charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static boolean canHost(BodyMatch b) {
        return b.organization().kind() != OrganizationKind.MEDIA;
    }
}
