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
 * Reads batches named by their place in the series: {@code 前五批105个} (batch 5, 105 zones so far),
 * {@code 先后六批…132个} (batch 6, 132 so far), {@code 第七批} ({@code 继杭州之后…第二批}: 杭州 is of the first; in
 * {@code 厦门综试区于2018年7月获批，属于第三批综试区} the subjectless clause's zone is the clause before's),
 * {@code 首个/第一个综试区} (batch 1, one zone; not 全省首个 or 江苏首个, a province's or city's first), and
 * {@code 复制推广前五批…经验},
 * which says the batch being told to copy is the sixth. A series whose clause gives no count takes the total of the
 * clause right after it ({@code 先后分七批设立，数量增至165个}: batch 7, 165 so far).
 *
 * <pre>{@code
 * List<BatchClue> clues = new OrdinalClues(text, places, published).find(sentence);
 * }</pre>
 */
final class OrdinalClues {

    private static final Lexicon LEXICON = Lexicon.of("ordinal-clues");

    private static final Pattern COPY_EARLIER = LEXICON.pattern("copy-earlier");
    /** 继前四批…之后, 此前分两批: the batches before the one the article reports. */
    private static final Pattern FOLLOWS = LEXICON.pattern("follows");
    /** 前五批105个, 前六批共设立132个: a short verb may stand between the batches and their zones. */
    private static final Pattern FIRST_N = LEXICON.pattern("first-n");
    private static final Pattern SERIES = LEXICON.pattern("series");
    private static final Pattern ZONES_COUNT = LEXICON.pattern("zones-count");
    private static final Pattern FIRST_ZONE = LEXICON.pattern("first-zone");
    /** 从2015年的1个增至…: a count of zones that started at one. */
    private static final Pattern FIRST_OF_SERIES = LEXICON.pattern("first-of-series");
    /** A first that is a province's or city's own (全省首个综试区), not the nation's. */
    private static final Pattern LOCAL_FIRST = LEXICON.pattern("local-first");
    /** The clause after a series that gives its total: 数量增至165个, 总数达到132个. */
    private static final Pattern TOTAL_AFTER = LEXICON.pattern("total-after");
    private static final Pattern YEAR = LEXICON.pattern("year");
    /** 继杭州之后…第二批: the places between 继 and 之后 are the batch before. */
    private static final Pattern AFTER = LEXICON.pattern("after");
    /** One group of a series told batch by batch: 在天津等12个城市、北京等22个城市. */
    private static final Pattern GROUP = LEXICON.pattern("group");
    /** A clause with no subject of its own (…于2018年7月获批，属于第三批综试区): the clause before names its zone. */
    private static final Pattern SUBJECTLESS = LEXICON.pattern("subjectless");
    /** What may follow an ordinal that leaves its zone word understood: nothing, or 之一. */
    private static final Pattern ELLIPSIS_END = LEXICON.pattern("ellipsis-end");
    /** How far after an ordinal the zone word may come for the two to belong together. */
    private static final int ORDINAL_TO_ZONE = 16;

    private final String text;
    private final PlacesInText places;
    private final LocalDate published;

    OrdinalClues(String text, PlacesInText places, LocalDate published) {
        this.text = text;
        this.places = places;
        this.published = published;
    }

    List<BatchClue> find(TextPiece sentence) {
        List<BatchClue> out = new ArrayList<>();
        if (!ZoneWords.ZONE.matcher(sentence.of(text)).find()) {
            return out;
        }
        List<TextPiece> clauses = Segmenter.clauses(text, sentence);
        copyEarlier(sentence, out);
        follows(sentence, out);
        firstN(sentence, out);
        series(sentence, clauses, out);
        nth(sentence, clauses, out);
        firstZone(sentence, clauses, out);
        firstOfSeries(clauses, out);
        return out;
    }

    /** 本批…复制推广前五批…: the batch the article reports is the sixth. */
    private void copyEarlier(TextPiece sentence, List<BatchClue> out) {
        Matcher m = matcher(COPY_EARLIER, sentence);
        while (m.find()) {
            Integer n = ZoneWords.number(m.group(1));
            if (n != null) {
                out.add(new BatchClue(BatchClue.Role.CURRENT, n + 1, null, null, null, null, List.of(),
                        new TextPiece(m.start(), m.end())));
            }
        }
    }

    /** 继前四批59个综试区之后, 加上此前分两批设立的13个: the article's batch, if it reports one, is the next. */
    private void follows(TextPiece sentence, List<BatchClue> out) {
        Matcher m = matcher(FOLLOWS, sentence);
        while (m.find()) {
            Integer n = ZoneWords.number(m.group(1));
            if (n != null) {
                out.add(new BatchClue(BatchClue.Role.FOLLOWS, n + 1, null, null, null, null, List.of(),
                        new TextPiece(m.start(), m.end())));
            }
        }
    }

    /** 前五批105个: batch 5 with 105 zones so far (not when the batches are only copied from). */
    private void firstN(TextPiece sentence, List<BatchClue> out) {
        Matcher m = matcher(FIRST_N, sentence);
        while (m.find()) {
            if (!COPY_EARLIER.matcher(text.substring(Math.max(0, m.start() - 4), m.end())).find()) {
                Integer cumulative = m.group(2) == null ? null : ZoneWords.number(m.group(2));
                add(out, BatchClue.numbered(ZoneWords.number(m.group(1)), null, cumulative, null, List.of(),
                        new TextPiece(m.start(), m.end())));
            }
        }
    }

    /**
     * 先后六批批准设立了132个: batch 6 with 132 zones so far. A series told batch by batch
     * ({@code 先后于2016年1月、2018年7月分两批在天津等12个城市、北京等22个城市设立}) is one batch per group instead.
     */
    private void series(TextPiece sentence, List<TextPiece> clauses, List<BatchClue> out) {
        Matcher m = matcher(SERIES, sentence);
        while (m.find()) {
            TextPiece clause = containing(clauses, m.start());
            Integer batches = ZoneWords.number(m.group(1));
            List<BatchClue> each = batchByBatch(batches, sentence, clause, m);
            if (!each.isEmpty()) {
                out.addAll(each);
                continue;
            }
            Matcher count = ZONES_COUNT.matcher(text).region(m.end(), clause.end());
            Integer cumulative = count.find() ? ZoneWords.number(count.group(1)) : null;
            TextPiece words = new TextPiece(m.start(), clause.end());
            int next = clauses.indexOf(clause) + 1;
            if (cumulative == null && next < clauses.size()) {
                Matcher total = TOTAL_AFTER.matcher(clauses.get(next).of(text));
                if (total.find()) {
                    cumulative = ZoneWords.number(total.group(1));
                    words = new TextPiece(m.start(), clauses.get(next).end());
                }
            }
            add(out, BatchClue.numbered(batches, null, cumulative, null, List.of(), words));
        }
    }

    /**
     * 分两批在天津等12个城市、北京等22个城市设立: as many groups (N个城市) as batches, each a batch with its count
     * and first cities, dated by as many dates before (先后于2016年1月、2018年7月). The batches follow the first zone
     * when the sentence has just told it (自…杭州获批全国首个综试区以来), else they start the series.
     */
    private List<BatchClue> batchByBatch(Integer batches, TextPiece sentence, TextPiece clause, Matcher m) {
        List<Group> groups = new ArrayList<>();
        Matcher g = GROUP.matcher(text).region(m.end(), clause.end());
        int from = m.end();
        while (g.find()) {
            groups.add(new Group(new TextPiece(from, g.end()), ZoneWords.number(g.group(1))));
            from = g.end();
        }
        if (batches == null || batches < 2 || groups.size() != batches) {
            return List.of();
        }
        List<PartialDate> dates = datesIn(clause.start(), m.start());
        int first = firstZoneBefore(sentence, m.start()) ? 2 : 1;
        List<BatchClue> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            PartialDate date = dates.size() == batches ? dates.get(i) : null;
            out.add(BatchClue.numbered(first + i, group.count(), null, date,
                    cities(group.words().start(), group.words().end()), group.words()));
        }
        return out;
    }

    /** One batch's part of a series told batch by batch: 天津等12个城市. */
    private record Group(TextPiece words, Integer count) {
    }

    private boolean firstZoneBefore(TextPiece sentence, int to) {
        Matcher f = FIRST_ZONE.matcher(text).region(sentence.start(), to);
        return f.find() && zoneFollows(f.end(), new TextPiece(f.end(), to));
    }

    /** 第七批综试区 (in the clause's cities, e.g. 扬州入选第六批综试区); a 第N批 of something else is skipped. */
    private void nth(TextPiece sentence, List<TextPiece> clauses, List<BatchClue> out) {
        Matcher m = matcher(ZoneWords.ORDINAL, sentence);
        while (m.find()) {
            TextPiece clause = containing(clauses, m.start());
            if (!zoneFollows(m.end(), clause) && !closesClause(m.end(), clause)) {
                continue;
            }
            String words = clause.of(text);
            int previous = clauses.indexOf(clause) - 1;
            // 2015年，杭州成为第一批…; 2016年1月，继杭州之后，宁波获批成为第二批…: the last date before it in the sentence
            Optional<PartialDate> date = yearIn(sentence.start(), m.start());
            boolean thisBatch = ZoneWords.THIS_ORDINAL.matcher(words).find();
            BatchClue.Role role = thisBatch && DateCues.isRecent(date, published)
                    ? BatchClue.Role.CURRENT : BatchClue.Role.NUMBERED;
            Integer ordinal = ZoneWords.number(m.group(1));
            Optional<TextPiece> after = after(sentence, m.start());
            List<Place> earlier = after.map(a -> cities(a.start(), a.end())).orElse(List.of());
            List<Place> these = cities(clause.start(), clause.end()).stream().filter(c -> !earlier.contains(c))
                    .toList();
            if (these.isEmpty() && previous >= 0 && SUBJECTLESS.matcher(words).find()) {
                these = cities(clauses.get(previous).start(), clauses.get(previous).end());
            }
            out.add(new BatchClue(role, ordinal, null, null, date.orElse(null), null, these, clause));
            after.ifPresent(a -> before(ordinal, earlier, a, out));
        }
    }

    /** The places of 继杭州之后 in the sentence before {@code to}. */
    private Optional<TextPiece> after(TextPiece sentence, int to) {
        Matcher a = AFTER.matcher(text).region(sentence.start(), to);
        return a.find() ? Optional.of(new TextPiece(a.start(1), a.end(1))) : Optional.empty();
    }

    /** 继杭州之后…第二批: 杭州 is of the first batch, which it makes up alone when it is the first. */
    private static void before(Integer ordinal, List<Place> earlier, TextPiece after, List<BatchClue> out) {
        if (ordinal == null || ordinal < 2 || earlier.isEmpty()) {
            return;
        }
        Integer size = ordinal == 2 ? earlier.size() : null;
        out.add(BatchClue.numbered(ordinal - 1, size, size, null, earlier, after));
    }

    /**
     * 2015年，国家在杭州设立第一个跨境电子商务综合试验区: batch 1, one zone, its date and city. The date is the last one
     * before it in the sentence, relative ones read against publication (今年3月，国务院批复设立全国首个…).
     */
    private void firstZone(TextPiece sentence, List<TextPiece> clauses, List<BatchClue> out) {
        Matcher m = matcher(FIRST_ZONE, sentence);
        while (m.find()) {
            TextPiece clause = containing(clauses, m.start());
            if (zoneFollows(m.end(), clause) && !isLocalFirst(sentence, m.start())) {
                Optional<PartialDate> date = DateCues.last(text.substring(sentence.start(), m.start()), published);
                out.add(BatchClue.numbered(1, 1, 1, date.orElse(null), cities(clause.start(), m.start()),
                        new TextPiece(sentence.start(), Math.max(clause.end(), m.end()))));
            }
        }
    }

    /**
     * 综试区数量从2015年的1个增至如今的132个: the series started with one zone, the first batch, in that year; not a
     * province's or city's count (浙江综试区从2015年的1个增至12个).
     */
    private void firstOfSeries(List<TextPiece> clauses, List<BatchClue> out) {
        for (TextPiece clause : clauses) {
            Matcher m = FIRST_OF_SERIES.matcher(text).region(clause.start(), clause.end());
            if (m.find() && !places.namesSubnationalPlace(clause.start(), m.start())) {
                PartialDate year = PartialDate.ofYear(Integer.parseInt(m.group(1)));
                out.add(BatchClue.numbered(1, 1, 1, year, List.of(), new TextPiece(m.start(), m.end())));
            }
        }
    }

    /** 全省首个, or a province or city named right before it (作为江苏首个综试区, 浙江省的第一个): a local first. */
    private boolean isLocalFirst(TextPiece sentence, int firstStart) {
        if (LOCAL_FIRST.matcher(text.substring(Math.max(sentence.start(), firstStart - 3), firstStart)).find()) {
            return true;
        }
        int ownerEnd = firstStart > sentence.start() && text.charAt(firstStart - 1) == '的' ? firstStart - 1
                : firstStart;
        return places.within(sentence.start(), ownerEnd).stream()
                .anyMatch(p -> p.end() == ownerEnd && p.place().isChineseDivision());
    }

    /**
     * 深圳于2016年获批设立综试区，属全国第二批: an ordinal that ends its clause, in a sentence about zones (checked
     * by {@link #find}), leaves the zone word understood.
     */
    private boolean closesClause(int from, TextPiece clause) {
        return ELLIPSIS_END.matcher(text).region(from, clause.end()).matches();
    }

    private boolean zoneFollows(int from, TextPiece clause) {
        int to = Math.min(clause.end(), from + ORDINAL_TO_ZONE);
        return from < to && ZoneWords.ZONE.matcher(text).region(from, to).find();
    }

    /** The last 2015年 or 2015年3月 before {@code to}. */
    private Optional<PartialDate> yearIn(int from, int to) {
        List<PartialDate> dates = datesIn(from, to);
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
    }

    /** Every 2015年 or 2015年3月 in {@code [from, to)}, in order. */
    private List<PartialDate> datesIn(int from, int to) {
        Matcher y = YEAR.matcher(text).region(from, to);
        List<PartialDate> found = new ArrayList<>();
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            int month = y.group(2) == null ? 0 : Integer.parseInt(y.group(2));
            found.add(month >= 1 && month <= 12 ? PartialDate.ofMonth(year, month) : PartialDate.ofYear(year));
        }
        return found;
    }

    private List<Place> cities(int from, int to) {
        return places.cities(from, to).stream().map(LocatedPlace::place).distinct().toList();
    }

    private Matcher matcher(Pattern p, TextPiece sentence) {
        return p.matcher(text).region(sentence.start(), sentence.end());
    }

    private static void add(List<BatchClue> out, BatchClue clue) {
        if (clue.ordinal() != null) {
            out.add(clue);
        }
    }

    private static TextPiece containing(List<TextPiece> clauses, int index) {
        return clauses.stream().filter(c -> c.contains(index)).findFirst().orElse(clauses.get(0));
    }
}
