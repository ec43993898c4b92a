package org.cbeckg.extract.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.extract.places.LocatedPlace;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.text.Segmenter;
import org.cbeckg.lang.text.TextPiece;
import org.cbeckg.model.PartialDate;
import org.cbeckg.model.Place;

/**
 * Reads approvals of zones: the approval document ({@code 《国务院关于同意在…等27个城市和地区设立跨境电子商务综合试验区的
 * 批复》}), an approval sentence ({@code 国务院同意在廊坊市等33个城市和地区设立…}) and a passive one
 * ({@code 金华市、舟山市获批设立…}). Each gives the cities named, the count of 等N个城市, an ordinal 第N批 if stated,
 * and the date from the words just before it, kept apart when it is the day the document was made public
 * ({@code 12月24日，中国政府网公布《…》}). Recent approvals (近日, this year, no date) are the article's own batch;
 * older ones are numbered batches. An approval of 杭州's zone alone is the first batch ({@link FirstBatch}). Cities a
 * later clause of the sentence says joined it ({@code 南京市、无锡市双双入列}) are of the approved batch.
 *
 * <pre>{@code
 * List<BatchClue> clues = new ApprovalClues(text, places, published).find(sentence);
 * }</pre>
 */
final class ApprovalClues {

    private static final Lexicon LEXICON = Lexicon.of("approval-clues");

    private static final Pattern DOCUMENT = LEXICON.pattern("document");
    private static final Pattern ACTIVE = LEXICON.pattern("active");
    private static final Pattern PASSIVE = LEXICON.pattern("passive");
    private static final Pattern FOUNDING = LEXICON.pattern("founding");
    private static final int FOUNDING_TO_ZONE = 20;

    private final String text;
    private final PlacesInText places;
    private final LocalDate published;

    ApprovalClues(String text, PlacesInText places, LocalDate published) {
        this.text = text;
        this.places = places;
        this.published = published;
    }

    List<BatchClue> find(TextPiece sentence) {
        List<BatchClue> out = new ArrayList<>();
        List<TextPiece> clauses = Segmenter.clauses(text, sentence);
        Matcher doc = DOCUMENT.matcher(text).region(sentence.start(), sentence.end());
        while (doc.find()) {
            clue(doc.start(), doc.start(), doc.end(), doc.group(), clauses).ifPresent(out::add);
        }
        Matcher act = ACTIVE.matcher(text).region(sentence.start(), sentence.end());
        while (act.find()) {
            int zoneEnd = foundingZoneEnd(act.end(), sentence.end());
            if (zoneEnd > 0) {
                clue(act.start(), act.end(), zoneEnd, null, clauses).ifPresent(out::add);
            }
        }
        out = withJoinedCities(out, clauses);
        Matcher pas = PASSIVE.matcher(text).region(sentence.start(), sentence.end());
        while (pas.find()) {
            passive(pas, clauses).ifPresent(out::add);
        }
        return out;
    }

    /**
     * 国务院印发《关于同意在北京等22个城市设立…的批复》，南京市、无锡市双双入列: the cities of a clause after the
     * approval that says they joined it (入列, 榜上有名, 入选) are of the approved batch.
     */
    private List<BatchClue> withJoinedCities(List<BatchClue> approvals, List<TextPiece> clauses) {
        List<BatchClue> out = new ArrayList<>();
        for (BatchClue a : approvals) {
            List<Place> cities = new ArrayList<>(a.cities());
            clauses.stream().filter(c -> c.start() >= a.evidence().end())
                    .filter(c -> ZoneWords.JOINS_LIST.matcher(c.of(text).strip()).find())
                    .flatMap(c -> places.cities(c.start(), c.end()).stream()).map(LocatedPlace::place)
                    .filter(p -> !cities.contains(p)).forEach(cities::add);
            out.add(new BatchClue(a.role(), a.ordinal(), a.count(), a.cumulative(), a.approved(), a.document(),
                    cities, a.evidence(), a.publicized()));
        }
        return out;
    }

    /** 金华市、舟山市获批设立…综试区, or 随着本次金华、舟山获批: the cities come before the verb. */
    private Optional<BatchClue> passive(Matcher pas, List<TextPiece> clauses) {
        TextPiece clause = containing(clauses, pas.start());
        boolean founds = foundingZoneEnd(pas.end(), clause.end()) > 0;
        boolean thisBatch = ZoneWords.THIS_BATCH.matcher(clause.of(text)).find();
        if (!founds && !thisBatch) {
            return Optional.empty();
        }
        return clue(pas.start(), clause.start(), clause.end(), null, clauses);
    }

    /** Where the zone word ends when a founding verb follows {@code from} and a zone word follows it closely. */
    private int foundingZoneEnd(int from, int to) {
        Matcher f = FOUNDING.matcher(text).region(from, to);
        if (!f.find()) {
            return -1;
        }
        Matcher z = ZoneWords.ZONE.matcher(text).region(f.end(), Math.min(to, f.end() + FOUNDING_TO_ZONE));
        return z.find() ? z.end() : -1;
    }

    /** A clue from the stretch {@code [from, to)} whose verb starts at {@code verb}. */
    private Optional<BatchClue> clue(int verb, int from, int to, String document, List<TextPiece> clauses) {
        String words = text.substring(from, to);
        Integer count = firstNumber(ZoneWords.CITY_COUNT.matcher(words));
        Integer ordinal = firstNumber(ZoneWords.ORDINAL.matcher(words));
        List<Place> cities = places.cities(from, to).stream().map(LocatedPlace::place).distinct().toList();
        if (count == null && ordinal == null && cities.isEmpty()) {
            return Optional.empty();
        }
        if (document != null && count == null && !words.contains("等")) {
            count = cities.size(); // 关于同意在杭州设立…的批复: the title lists every city
        }
        boolean first = ordinal == null && count == null && !words.contains("等") && cities.size() == 1
                && FirstBatch.isItsCity(cities.get(0));
        if (first) {
            ordinal = FirstBatch.ORDINAL; // 批复同意设立中国（杭州）跨境电子商务综合试验区: the first batch, alone
            count = 1;
        }
        String cue = text.substring(cueStart(clauses, verb), verb);
        Optional<PartialDate> date = DateCues.last(cue, published);
        boolean recent = DateCues.isRecent(date, published);
        BatchClue.Role role = recent ? BatchClue.Role.CURRENT : BatchClue.Role.NUMBERED;
        boolean publishing = DateCues.datesPublishing(cue);
        return Optional.of(new BatchClue(role, ordinal, count, first ? 1 : null,
                publishing ? null : date.orElse(null), document,
                cities, new TextPiece(from, to), publishing ? date.orElse(null) : null));
    }

    /** Date words count from the clause before the verb's clause: 近日，国务院批复… */
    private int cueStart(List<TextPiece> clauses, int verb) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).contains(verb) || clauses.get(i).start() > verb) {
                return clauses.get(Math.max(0, i - 1)).start();
            }
        }
        return clauses.isEmpty() ? verb : clauses.get(clauses.size() - 1).start();
    }

    private static TextPiece containing(List<TextPiece> clauses, int index) {
        return clauses.stream().filter(c -> c.contains(index)).findFirst().orElse(clauses.get(0));
    }

    private static Integer firstNumber(Matcher m) {
        return m.find() ? ZoneWords.number(m.group(1)) : null;
    }
}
