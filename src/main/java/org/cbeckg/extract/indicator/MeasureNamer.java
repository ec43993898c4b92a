package org.cbeckg.extract.indicator;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Measure;
import org.cbeckg.model.MeasureVocabulary;
import org.cbeckg.model.Unit;

/**
 * Names the measure of a figure. A level takes the vocabulary measure whose cue is nearest (see
 * {@link MeasureVocabulary}), prefixed by a batch qualifier ({@code 前五批}); failing that, a label made from the
 * counted noun ({@code 国家} → {@code 国家数量}) or the clause's noun phrase. A growth rate, multiple or share is named
 * after its base measure: the one its own clause names ({@code 其中出口增长20%}), else the level figure just
 * before it in the sentence ({@code 进出口3302.9亿元，同比增长30.7%}): {@code 跨境电商进出口额增速},
 * {@code 跨境电商进出口增长倍数}, {@code 跨境电商进出口额占全国比重}.
 *
 * <pre>{@code
 * MeasureNamer namer = new MeasureNamer(MeasureVocabulary.standard());
 * MeasureNamer.Naming n = namer.name(context, role, previousLevel);
 * }</pre>
 */
public final class MeasureNamer {

    private static final Lexicon LEXICON = Lexicon.of("measure-namer");

    /** The label, the unit (resolved for a bare 1.92万亿), and the measure later growth figures refer to. */
    public record Naming(String label, Unit unit, Measure base) {
    }

    /** A measure counted by the pilot zones (各综试区已累计制定41项标准) carries that scope in its label. */
    private static final Pattern ZONE_ACTOR = LEXICON.pattern("zone-actor");
    private static final Pattern BATCH = LEXICON.pattern("batch");
    private static final Pattern WHOLE_END = LEXICON.pattern("whole-end");
    private static final Pattern MONEY_WORDS = LEXICON.pattern("money-words");
    /** What ends the noun a count counts: a verb, an adverb, a list or clause break, a closing 中 (24个城市中). */
    private static final Pattern NOUN_END = LEXICON.pattern("noun-end");
    /** Nouns for people: a bare 1.63亿 after them counts people, not yuan. */
    private static final Pattern PEOPLE = LEXICON.pattern("people");
    private static final Pattern LEADING = LEXICON.pattern("leading");
    private static final Pattern TRAILING = LEXICON.pattern("trailing");
    private static final Pattern GENERIC_HEAD = LEXICON.pattern("generic-head");
    private static final Pattern LEADING_VERB = LEXICON.pattern("leading-verb");
    /** A figure listed before this one in its clause (10个、): no noun of the clause. */
    private static final String LISTED_FIGURE = LEXICON.text("listed-figure");
    private static final int MAX_LABEL = 14;
    private static final int MAX_NOUN = 8;

    private final MeasureVocabulary vocabulary;

    public MeasureNamer(MeasureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** @param previousLevel the measure of the last level figure before it in the sentence, or null */
    public Naming name(FigureContext f, FigureRole role, Measure previousLevel) {
        return role.isDerived() ? derived(f, role, previousLevel) : level(f, previousLevel);
    }

    private Naming level(FigureContext f, Measure previousLevel) {
        Unit unit = f.quantity().unit() != null ? f.quantity().unit() : bareUnit(f);
        Optional<Measure> m = vocabulary.best(query(f, f.clauseStart(), x -> x.accepts(unit)));
        if (m.isEmpty() && isElliptical(f)) {
            m = vocabulary.best(query(f, 0, x -> x.accepts(unit)));
        }
        if (m.isPresent()) {
            Unit resolved = unit != null ? unit : m.get().unitForBareNumber();
            return new Naming(batchPrefix(f) + zoneScope(f, m.get()) + m.get().labelZh(), resolved, m.get());
        }
        Unit resolved = unit != null ? unit : MONEY_WORDS.matcher(f.sentence()).find() ? Unit.CNY : Unit.COUNT;
        boolean countBefore = previousLevel != null && previousLevel.labelZh().endsWith("数量");
        if (countBefore && (resolved == Unit.COUNT || resolved == Unit.SQUARE_METRE) && isElliptical(f)) {
            // 24个城市中，中西部地区10个: a breakdown counts what the count before it counted;
            // 建成产业园区6个，总面积约15万平方米: an elliptical area is that of the things just counted
            String label = resolved == Unit.COUNT ? previousLevel.labelZh() : previousLevel.stem() + "面积";
            return new Naming(label, resolved, resolved == Unit.COUNT ? previousLevel : Measure.named(label));
        }
        String label = fallback(f, resolved);
        return new Naming(label, resolved, Measure.named(label));
    }

    /** A bare 1.63亿 counts people when a people noun is the last noun before it (消费者人数…达到1.63亿), else null. */
    private static Unit bareUnit(FigureContext f) {
        String before = f.sentence().substring(0, f.figureStart());
        return lastEnd(PEOPLE, before) > lastEnd(MONEY_WORDS, before) ? Unit.COUNT : null;
    }

    private static int lastEnd(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /** The sentence from {@code from} to the end of the figure's clause, as a vocabulary query. */
    private static MeasureVocabulary.Query query(FigureContext f, int from, Predicate<Measure> fits) {
        int nounEnd = f.figureEnd() + countedNoun(f).length();
        return new MeasureVocabulary.Query(f.sentence().substring(from), f.clauseStart() - from,
                f.figureStart() - from, f.figureEnd() - from, nounEnd - from, fits, f.cbec());
    }

    /**
     * 海外仓布局持续优化，数量超过了2000个; 中西部地区10个、东北地区3个: the clause names no thing of its own (only
     * places and the figures before), so the clause before does.
     */
    private static boolean isElliptical(FigureContext f) {
        String rest = nounPhrase(f.placeFreeHead().replaceAll(LISTED_FIGURE, "").replaceAll("[、和与及等]", ""));
        return countedNoun(f).isEmpty() && (rest.isEmpty() || GENERIC_HEAD.matcher(rest).matches());
    }

    private Naming derived(FigureContext f, FigureRole role, Measure previousLevel) {
        String head = f.head();
        int share = role == FigureRole.SHARE ? head.lastIndexOf('占') : -1;
        String own = share >= 0 ? head.substring(0, share) : head;
        Optional<Measure> named = vocabulary.best(new MeasureVocabulary.Query(own, 0, own.length(), own.length(),
                own.length(), x -> !x.unit().equals("percent"), f.cbec()));
        Measure base = named.orElse(previousLevel != null ? previousLevel : Measure.named(nounPhrase(own)));
        String label = switch (role) {
            case GROWTH -> base.labelZh() + (f.quantity().unit() == Unit.PERCENTAGE_POINT ? "增速变动" : "增速");
            case MULTIPLE -> base.stem() + "增长倍数";
            case SHARE -> base.labelZh() + shareOf(head.substring(share + 1));
            default -> base.labelZh();
        };
        return new Naming(label, f.quantity().unit(), base);
    }

    private static String batchPrefix(FigureContext f) {
        Matcher m = BATCH.matcher(f.head());
        return m.find() ? m.group(1) : "";
    }

    private static String zoneScope(FigureContext f, Measure m) {
        boolean zoned = m.labelZh().contains("综试区") || m.labelZh().contains("试验区");
        return !zoned && ZONE_ACTOR.matcher(f.head()).find() ? "综试区" : "";
    }

    /** 占全国的比重 → 占全国比重; 占同期货物贸易进出口总值的 → 占货物贸易进出口总值比重; 占比 → 占比. */
    private static String shareOf(String afterZhan) {
        if (afterZhan.startsWith("比")) {
            return "占比";
        }
        Matcher m = WHOLE_END.matcher(afterZhan);
        String whole = (m.find() ? afterZhan.substring(0, m.start()) : afterZhan).replace("同期", "");
        whole = TRAILING.matcher(whole).replaceFirst("");
        return "占" + (whole.isEmpty() ? "总量" : whole) + "比重";
    }

    /**
     * The noun a count counts: {@code 国家} in {@code 与23个国家签署…}, {@code 城市} in {@code 12个城市既有…}. Empty
     * when no short noun ends where a word surely ends: a longer run would be cut mid-word.
     */
    private static String countedNoun(FigureContext f) {
        String tail = f.tail().replaceFirst("^(?:以上|左右|上下|以下|以内|之多)", "");
        Matcher m = NOUN_END.matcher(tail);
        String noun = m.find() ? tail.substring(0, m.start()) : tail;
        return noun.length() > MAX_NOUN ? "" : noun;
    }

    private static String fallback(FigureContext f, Unit unit) {
        String noun = countedNoun(f);
        if (noun.isEmpty() && f.quantity().unitWord().equals("市")) {
            noun = "城市";        // 等7市获批: the counter is itself the noun counted
        }
        if (unit == Unit.COUNT && !noun.isEmpty()) {
            return noun + "数量";
        }
        String core = nounPhrase(f.placeFreeHead());
        return core + suffix(core, unit);
    }

    /** The clause's noun phrase: time, area and fillers stripped from the front, verbs and hedges from the back. */
    static String nounPhrase(String head) {
        String s = head.strip();
        for (String before = ""; !before.equals(s); ) {
            before = s;
            s = LEADING.matcher(s).replaceFirst("");
        }
        s = TRAILING.matcher(s).replaceFirst("");
        s = LEADING_VERB.matcher(s).replaceFirst("");
        return s.length() > MAX_LABEL ? headNoun(s) : s;
    }

    /** A long phrase is cut where a word surely starts: after its last 的 (支持…发展的政策措施 → 政策措施). */
    private static String headNoun(String phrase) {
        int de = phrase.lastIndexOf('的');
        return de >= 0 && phrase.length() - de > 2 ? phrase.substring(de + 1) : phrase;
    }

    private static String suffix(String core, Unit unit) {
        return switch (unit) {
            case CNY, USD -> core.matches(".*(额|值|收入|规模)$") ? "" : "额";
            case COUNT, TONNE, PERSON -> core.endsWith("数") || core.endsWith("量") ? "" : "数量";
            case SQUARE_METRE -> core.endsWith("面积") ? "" : "面积";
            case TIMES -> "倍数";
            default -> core.isEmpty() ? unit.labelZh() : "";
        };
    }
}
