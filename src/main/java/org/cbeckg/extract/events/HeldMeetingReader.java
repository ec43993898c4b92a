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

/**
 * Finds a meeting, forum, on-site conference or ceremony the article names as the subject of its being held:
 * {@code 9月12日，2023某某跨境电商发展峰会在宁波举行。峰会由某某研究院与宁波市政府共同主办} ;
 * {@code 3月15日，某某协会成立大会暨第一届会员大会召开}. An event of kind other, labelled by the meeting's name as
 * written, dated by the date its sentence states before the name and organised by the host told with 由 (in its
 * sentence, or in the next one that opens with the meeting: 会议由省政府主办), else by the body that opens its name
 * (the association whose 成立大会 it is), else by none. Meetings with no date, told as history (去年…举行) or still to
 * come (将于…召开) are not events of the article; {@link HostedMeetingReader} reads those told host first
 * (某某主办的…峰会在杭州举行). One event per name.
 *
 * <pre>{@code
 * List<EventFound> meetings = new HeldMeetingReader().read(eventText);
 * }</pre>
 */
public final class HeldMeetingReader {

    private static final Lexicon LEXICON = Lexicon.of("held-meeting-reader");

    private static final Pattern HELD = LEXICON.pattern("held");
    private static final Pattern HOSTED_BY = LEXICON.pattern("hosted-by");
    private static final Pattern NEXT_OPENS = LEXICON.pattern("next-opens");
    private static final Pattern FUTURE = LEXICON.pattern("future");

    public List<EventFound> read(EventText t) {
        List<EventFound> found = new ArrayList<>();
        Matcher m = HELD.matcher(t.text());
        while (m.find()) {
            meeting(t, m).filter(e -> found.stream().noneMatch(f -> f.label().equals(e.label())))
                    .ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    private Optional<EventFound> meeting(EventText t, Matcher m) {
        int segment = t.segmentStart(m.start());
        if (t.tellsPastYear(segment, m.end()) || FUTURE.matcher(t.text().substring(segment, m.end())).find()) {
            return Optional.empty();
        }
        return t.lastDateBefore(segment, m.start()).map(date -> new EventFound(EventKind.OTHER, date.date(),
                host(t, m).orElse(null), m.group(1), m.start(), m.end()));
    }

    /** The body after 由 in the meeting's sentence or the next one about it, else the body opening the name. */
    private static Optional<Organization> host(EventText t, Matcher m) {
        int end = t.sentenceEnd(m.end());
        Optional<Organization> told = hostIn(t, m.end(), end);
        int next = end + 1;
        if (told.isEmpty() && next < t.text().length()
                && NEXT_OPENS.matcher(t.text()).region(next, t.text().length()).lookingAt()) {
            told = hostIn(t, next, t.sentenceEnd(next));
        }
        return told.or(() -> t.in().bodiesStartingAt(m.start(1)).stream().filter(HeldMeetingReader::canHost)
                .map(BodyMatch::organization).findFirst());
    }

    private static Optional<Organization> hostIn(EventText t, int from, int to) {
        Matcher by = HOSTED_BY.matcher(t.text()).region(from, to);
        if (!by.find()) {
            return Optional.empty();
        }
        return t.in().bodiesStartingAt(by.start(1)).stream().filter(HeldMeetingReader::canHost)
                .map(BodyMatch::organization).findFirst();
    }

    private static boolean canHost(BodyMatch b) {
        return b.organization().kind() != OrganizationKind.MEDIA;
    }
}
