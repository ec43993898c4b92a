package org.cbeckg.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.extract.bodies.BodyMatch;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.text.Segmenter;
import org.cbeckg.model.EventKind;
import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;
import org.cbeckg.model.PartialDate;

/**
 * Finds the approvals an article reports as news: a reply document (国务院发布《关于同意在…的批复》; 国务院关于同意…的批复)
 * or a body's act (国务院日前批复同意在…设立…). Labelled by the document's title without 《》 and a leading 国务院;
 * an act is merged into the document it issued when the article names one, and may follow the body's issuing of a
 * reply (国务院近日印发批复，同意在…设立…). Dated as precisely as stated (近日/日前 → the publication year, made precise
 * by a sentence that states the approval's date: 批复时间为2019年12月15日). Approvals the article tells as history
 * (2015年，国务院批复…) or only cites (根据《…批复》 with no sign of recency) are not events of the article.
 *
 * <pre>{@code
 * List<EventFound> approvals = new ApprovalReader().read(eventText);
 * }</pre>
 */
public final class ApprovalReader {

    private static final Lexicon LEXICON = Lexicon.of("approval-reader");

    private static final Pattern TITLED = LEXICON.pattern("titled");
    private static final Pattern UNBRACKETED = LEXICON.pattern("unbracketed");
    private static final Pattern ACT = LEXICON.pattern("act");
    /** What may stand between the approving body and the act: time words only (国务院日前批复同意). */
    private static final Pattern BODY_TO_ACT = LEXICON.pattern("body-to-act");
    /** The body's issuing of a reply, in the clause before its act: 国务院近日印发批复，同意在… */
    private static final Pattern ISSUED_REPLY = LEXICON.pattern("issued-reply");
    private static final int REPLY_TO_ACT = 8;
    /** A sentence that states the approval's own date: 批复时间为2019年12月15日. */
    private static final Pattern STATED_DATE = LEXICON.pattern("stated-date");
    private static final Pattern FIRST_PLACE = LEXICON.pattern("first-place");
    private static final Pattern COUNT = LEXICON.pattern("count");
    private static final Pattern RECENT = LEXICON.pattern("recent");
    /** Verbs that make a date before a document the day it was made public, not the day it was approved. */
    private static final Pattern PUBLISHING = LEXICON.pattern("publishing");

    public List<EventFound> read(EventText t) {
        List<Mention> documents = documents(t);
        List<EventFound> events = new ArrayList<>();
        documents.stream().filter(Mention::current).map(Mention::event)
                .filter(d -> events.stream().noneMatch(e -> e.label().equals(d.label()))).forEach(events::add);
        acts(t).stream().filter(Mention::current).findFirst()
                .map(act -> mergeIntoDocument(act, events, documents))
                .ifPresent(merged -> replaceOrAdd(events, merged));
        // reported as news with no date: it happened by publication, so in the publication year at the latest
        PartialDate year = t.publicationYear();
        Optional<PartialDate> stated = statedDate(t);
        return events.stream().map(e -> e.date() != null ? e : new EventFound(e.kind(), year, e.organizer(),
                e.label(), e.start(), e.end())).map(e -> withStatedDate(e, stated)).toList();
    }

    /** 批复时间为2019年12月15日: the approval's date, stated apart from the sentence that tells the approval. */
    private static Optional<PartialDate> statedDate(EventText t) {
        Matcher m = STATED_DATE.matcher(t.text());
        if (!m.find()) {
            return Optional.empty();
        }
        return t.datesIn(m.end(), clauseEnd(t, m.end())).stream().filter(d -> d.start() == m.end() && !d.vague())
                .findFirst().map(DateMention::date);
    }

    /**
     * A stated date replaces one of the same year no more precise (近日 → the day it states; 8日公布国务院批复… 批复落款日期为
     * 1月22日 → 1月22日).
     */
    private static EventFound withStatedDate(EventFound e, Optional<PartialDate> stated) {
        if (stated.isEmpty() || e.date() == null || e.date().year() != stated.get().year()) {
            return e;
        }
        // the reply's own date beats a day the article dates it by otherwise (the day it was made public)
        PartialDate date = e.date().precision().compareTo(stated.get().precision()) > 0 ? e.date() : stated.get();
        return new EventFound(e.kind(), date, e.organizer(), e.label(), e.start(), e.end());
    }

    /**
     * An approval mention; {@code current} when the article tells it as news, {@code approvalDated} when its date is
     * that of the approval itself (not vague, and not the day a document was made public: 12月24日，…公布《…》).
     */
    private record Mention(EventFound event, boolean current, boolean approvalDated) {
    }

    private List<Mention> documents(EventText t) {
        List<Mention> found = new ArrayList<>();
        for (Pattern p : List.of(TITLED, UNBRACKETED)) {
            Matcher m = p.matcher(t.text());
            while (m.find()) {
                document(t, m).ifPresent(found::add);
            }
        }
        found.sort((a, b) -> Integer.compare(a.event().start(), b.event().start()));
        return found;
    }

    private Optional<Mention> document(EventText t, Matcher m) {
        int sentence = t.segmentStart(m.start());
        if (t.tellsEarlierYear(sentence, m.end())) {
            return Optional.empty();
        }
        Organization issuer = m.group(1) != null ? bodyAt(t, m.start(1)) : issuerBefore(t, sentence, m.start());
        String before = t.text().substring(sentence, m.start());
        Optional<DateMention> dated = t.lastDateBefore(sentence, m.start());
        PartialDate date = dated.map(DateMention::date).orElse(null);
        boolean current = RECENT.matcher(before).find() || date != null;
        boolean approvalDated = dated.filter(d -> !d.vague()
                && !PUBLISHING.matcher(t.text().substring(d.end(), m.start())).find()).isPresent();
        return Optional.of(new Mention(new EventFound(EventKind.APPROVAL, date, issuer, m.group(2), m.start(),
                m.end()), current, approvalDated));
    }

    private List<Mention> acts(EventText t) {
        List<Mention> found = new ArrayList<>();
        Matcher m = ACT.matcher(t.text());
        while (m.find()) {
            act(t, m.start(), m.end()).ifPresent(found::add);
        }
        return found;
    }

    /** 国务院日前批复同意在…设立…: the act, labelled by the clause it opens. */
    private Optional<Mention> act(EventText t, int actStart, int actEnd) {
        int from = Math.max(0, actStart - REPLY_TO_ACT);
        Matcher reply = ISSUED_REPLY.matcher(t.text().substring(from, actStart));
        int verb = reply.find() ? from + reply.start() : actStart; // the body precedes 印发批复
        Optional<BodyMatch> body = t.in().bodyBefore(verb, 20, b -> isGovernment(b)
                && BODY_TO_ACT.matcher(t.text().substring(b.end(), verb)).matches());
        int sentence = t.segmentStart(actStart);
        if (body.isEmpty() || t.tellsEarlierYear(sentence, actStart)) {
            return Optional.empty();
        }
        Optional<DateMention> date = t.lastDateBefore(sentence, actStart);
        boolean approvalDated = date.filter(d -> !d.vague()
                && !PUBLISHING.matcher(t.text().substring(d.end(), actStart)).find()).isPresent();
        return Optional.of(new Mention(new EventFound(EventKind.APPROVAL, date.map(DateMention::date).orElse(null),
                body.get().organization(), actLabel(t, actStart, actEnd), body.get().start(), actEnd),
                date.isPresent(), approvalDated));
    }

    /**
     * The clause the act opens; when the act ends its clause (国务院于7月24日批复同意，在北京等22个城市设立…), the act and
     * the clause after it, which says what was approved.
     */
    private static String actLabel(EventText t, int actStart, int actEnd) {
        int end = clauseEnd(t, actEnd);
        if (end > actEnd || end + 1 >= t.text().length() || Segmenter.endsSentence(t.text().charAt(end))) {
            return t.text().substring(actStart, end);
        }
        return t.text().substring(actStart, actEnd) + t.text().substring(end + 1, clauseEnd(t, end + 1));
    }

    /**
     * An act and the document it issued are one event, labelled by the document's title. The approval's own date
     * (国务院于12月15日同意…) beats the day the document was made public (12月24日，中国政府网公布《…》).
     */
    private static EventFound mergeIntoDocument(Mention actMention, List<EventFound> events,
                                                List<Mention> documents) {
        EventFound act = actMention.event();
        Optional<EventFound> doc = events.stream().filter(d -> sameSubject(d, act)).findFirst()
                .or(() -> documents.stream().map(Mention::event).filter(d -> sameSubject(d, act)).findFirst());
        if (doc.isEmpty()) {
            return act;
        }
        EventFound d = doc.get();
        boolean docApprovalDated = documents.stream().anyMatch(m -> m.event().equals(d) && m.approvalDated());
        PartialDate date = actMention.approvalDated() && !docApprovalDated ? act.date()
                : EventFound.morePrecise(d.date(), act.date());
        Organization organizer = d.organizer() != null ? d.organizer() : act.organizer();
        return new EventFound(EventKind.APPROVAL, date, organizer, d.label(), d.start(), d.end());
    }

    /**
     * Whether a document is the one an act issued: the first place its title names (关于同意在<b>鄂尔多斯</b>等…) or
     * its count (27个) is in the act's clause, so an earlier batch's reply cited nearby is not taken for it.
     */
    private static boolean sameSubject(EventFound document, EventFound act) {
        List<String> marks = new ArrayList<>();
        for (Pattern p : List.of(FIRST_PLACE, COUNT)) {
            Matcher m = p.matcher(document.label());
            if (m.find()) {
                marks.add(m.group(1));
            }
        }
        return marks.isEmpty() || marks.stream().anyMatch(act.label()::contains);
    }

    private static void replaceOrAdd(List<EventFound> events, EventFound merged) {
        events.removeIf(e -> e.label().equals(merged.label()));
        events.add(0, merged);
    }

    private static Organization bodyAt(EventText t, int start) {
        return t.in().bodiesStartingAt(start).stream().map(BodyMatch::organization).findFirst()
                .orElse(null);
    }

    private static Organization issuerBefore(EventText t, int sentence, int index) {
        return t.in().bodyBefore(index, index - sentence, ApprovalReader::isGovernment).map(BodyMatch::organization)
                .orElse(null);
    }

    private static boolean isGovernment(BodyMatch b) {
        OrganizationKind k = b.organization().kind();
        return k != OrganizationKind.MEDIA && k != OrganizationKind.INTERNATIONAL;
    }

    private static int clauseEnd(EventText t, int index) {
        int i = index;
        while (i < t.text().length() && "，。；！？\n,;".indexOf(t.text().charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
