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
import org.cbeckg.model.PartialDate;

/**
 * Finds a body publishing a document as news: 海关总署6月12日发布《关于…的公告》（海关总署公告2020年第75号）; 5月8日，
 * 商务部等部门印发《…实施方案》. An event of kind other, organised by the publishing body, labelled by the verb, the
 * title in 《》 and a document number in brackets right after it (发布《…的公告》（…第75号）), dated by the date its
 * sentence states before the verb. The document must be of a kind a body issues (通知, 公告, 意见, 方案, 办法 …);
 * approvals (批复, 复函) are {@link ApprovalReader}'s. A 公告 or 令 may be named by its number instead (海关总署近日发布
 * 2021年第47号公告), labelled by the verb and the number. A document only cited (根据《…》), published in an earlier year
 * (2019年，商务部印发…; 去年6月，…印发…), still to come (将出台) or told with no date is not an event of the article. One event per
 * document.
 *
 * <pre>{@code
 * List<EventFound> documents = new DocumentReader().read(eventText);
 * }</pre>
 */
public final class DocumentReader {

    private static final Lexicon LEXICON = Lexicon.of("document-reader");

    /** The verb, the title and the kind of document it names. */
    private static final Pattern PUBLISHED = LEXICON.pattern("published");
    /**
     * A document named by its number, not its title: 海关总署近日发布2021年第47号公告 (海关总署公告2021年第47号), as
     * announcements are often cited; the kinds numbered this way are 公告 and 令.
     */
    private static final Pattern NUMBERED = LEXICON.pattern("numbered");
    /** A document number in brackets right after the title: （海关总署公告2020年第75号）, （国办发〔2021〕24号）. */
    private static final Pattern NUMBER = LEXICON.pattern("number");
    /**
     * What may stand between the body and the verb: co-issuers (等部门, 等5部门, 联合), time words and dates
     * (海关总署6月12日发布).
     */
    private static final Pattern BODY_TO_VERB = LEXICON.pattern("body-to-verb");
    private static final Pattern NOT_DONE = LEXICON.pattern("not-done");
    private static final int MAX_BODY_GAP = 16;

    public List<EventFound> read(EventText t) {
        List<EventFound> found = new ArrayList<>();
        Matcher m = PUBLISHED.matcher(t.text());
        while (m.find()) {
            document(t, m).filter(e -> found.stream().noneMatch(f -> f.label().equals(e.label())))
                    .ifPresent(found::add);
        }
        Matcher n = NUMBERED.matcher(t.text());
        while (n.find()) {
            String label = n.group(1) + n.group(2);
            published(t, n.start(), n.end(), label).filter(e -> found.stream().noneMatch(f -> f.label().equals(label)))
                    .ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    private Optional<EventFound> document(EventText t, Matcher m) {
        Matcher number = NUMBER.matcher(t.text()).region(m.end(), t.text().length());   // anchored: ^ is m.end()
        int end = number.lookingAt() ? number.end() : m.end();
        String label = m.group(1) + "《" + m.group(2) + "》" + t.text().substring(m.end(), end);
        return published(t, m.start(), end, label);
    }

    /** The document whose publishing verb is at {@code verb}, as an event when a body publishes it as dated news. */
    private Optional<EventFound> published(EventText t, int verb, int end, String label) {
        Optional<BodyMatch> body = t.in().bodyBefore(verb, MAX_BODY_GAP, b -> canPublish(b)
                && BODY_TO_VERB.matcher(t.text().substring(b.end(), verb)).matches());
        int segment = t.segmentStart(verb);
        if (body.isEmpty() || t.tellsPastYear(segment, verb)
                || NOT_DONE.matcher(t.text().substring(t.in().clauseStart(body.get().start()), verb)).find()) {
            return Optional.empty();
        }
        Optional<DateMention> date = t.lastDateBefore(segment, verb);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        PartialDate day = date.get().date();
        return Optional.of(new EventFound(EventKind.OTHER, day, body.get().organization(), label,
                body.get().start(), end));
    }

    private static boolean canPublish(BodyMatch b) {
        return b.organization().kind() != OrganizationKind.MEDIA;
    }
}
