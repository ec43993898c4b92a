package org.cbeckg.extract.indicator;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.number.Numerals;
import org.cbeckg.model.Derivation;
import org.cbeckg.model.Measure;
import org.cbeckg.model.MeasureCue;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.MeasureVocabulary;
import org.cbeckg.model.Scope;
import org.cbeckg.model.ShareWhole;
import org.cbeckg.model.Unit;

/**
 * Names the measure of a figure as a {@link MeasureKey}. A level takes the vocabulary measure whose cue is nearest
 * (see {@link MeasureVocabulary}), narrowed by a batch ({@code 前五批}) and by the pilot zones as actor
 * ({@code 各综试区已累计制定41项标准}); failing that, it is unclassified, and a name made from the counted noun
 * ({@code 国家} → {@code 国家数量}) or the clause's noun phrase becomes its note. A growth rate, multiple or share is
 * derived from a level: the one its own clause names ({@code 其中出口增长20%}), else the level figure just before it
 * in the sentence ({@code 进出口3302.9亿元，同比增长30.7%}): {@code cbec-trade-value/growth},
 * {@code cbec-trade-value/multiple}, {@code cbec-trade-value/share-of-country}.
 *
 * <pre>{@code
 * MeasureNamer namer = new MeasureNamer(MeasureVocabulary.standard());
 * Naming n = namer.name(context, role, previousLevel);
 * }</pre>
 */
public final class MeasureNamer {

    private static final Lexicon LEXICON = Lexicon.of("measure-namer");

    /** A measure counted by the pilot zones (各综试区已累计制定41项标准) is narrowed to them. */
    private static final Pattern ZONE_ACTOR = LEXICON.pattern("zone-actor");
    /** The scope of {@code measures/scopes.tsv} for figures the pilot zones report. */
    private static final String ZONES_AS_ACTOR = "pilot-zones";
    private static final Pattern BATCH = LEXICON.pattern("batch");
    /** A change of a share in percentage points (占比提高2个百分点): the share changes, not a growth rate. */
    private static final Pattern SHARE_WORD = LEXICON.pattern("share-word");
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
    private final ShareWholeReader wholes;

    public MeasureNamer(MeasureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.wholes = new ShareWholeReader(vocabulary);
    }

    /** @param previousLevel the naming of the last level figure before it in the sentence, or null */
    public Naming name(FigureContext f, FigureRole role, Naming previousLevel) {
        return role.isDerived() ? derived(f, role, previousLevel) : level(f, previousLevel);
    }

    private Naming level(FigureContext f, Naming previousLevel) {
        Unit unit = f.quantity().unit() != null ? f.quantity().unit() : bareUnit(f);
        Optional<MeasureCue> m = vocabulary.best(query(f, f.clauseStart(), x -> x.accepts(unit)));
        if (m.isEmpty() && isElliptical(f)) {
            m = vocabulary.best(query(f, 0, x -> x.accepts(unit)));
        }
        if (m.isPresent()) {
            Unit resolved = unit != null ? unit : m.get().base().unitForBareNumber();
            MeasureKey key = batch(f).map(m.get().measure()::withScope).orElse(m.get().measure());
            return Naming.of(rated(f, zoneScoped(f, key)), resolved);
        }
        Unit resolved = unit != null ? unit : MONEY_WORDS.matcher(f.sentence()).find() ? Unit.CNY : Unit.COUNT;
        boolean countBefore = previousLevel != null && previousLevel.name().endsWith("数量");
        if (countBefore && (resolved == Unit.COUNT || resolved == Unit.SQUARE_METRE) && isElliptical(f)) {
            // 24个城市中，中西部地区10个: a breakdown counts what the count before it counted;
            // 建成产业园区6个，总面积约15万平方米: an elliptical area is that of the things just counted
            return resolved == Unit.COUNT ? new Naming(previousLevel.key(), resolved, previousLevel.note())
                    : areaOf(previousLevel, resolved);
        }
        return Naming.unclassified(fallback(f, resolved), resolved);
    }

    /** The area of what a count counts (跨境电商产业园区数量 → 跨境电商产业园区面积), when the vocabulary has it. */
    private Naming areaOf(Naming count, Unit unit) {
        String things = count.key().isUnclassified() ? "" : count.key().base().labelZh().replaceFirst("数量$", "");
        Optional<Measure> area = vocabulary.measures().stream()
                .filter(m -> m.unit().equals("square_metre") && m.labelZh().equals(things + "面积")).findFirst();
        return area.map(a -> Naming.of(MeasureKey.of(a, List.of()), unit))
                .orElseGet(() -> Naming.unclassified(count.name().replaceFirst("数量$", "") + "面积", unit));
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

    private Naming derived(FigureContext f, FigureRole role, Naming previousLevel) {
        String head = f.head();
        Unit unit = f.quantity().unit();
        boolean shareChange = role == FigureRole.GROWTH && unit == Unit.PERCENTAGE_POINT
                && SHARE_WORD.matcher(head).find();
        int share = role == FigureRole.SHARE || shareChange ? head.lastIndexOf('占') : -1;
        String own = share >= 0 ? head.substring(0, share) : head;
        Optional<MeasureCue> named = vocabulary.best(new MeasureVocabulary.Query(own, 0, own.length(), own.length(),
                own.length(), x -> !x.unit().equals("percent"), f.cbec()));
        Naming base = named.map(c -> Naming.of(zoneScoped(f, c.measure()), unit))
                .orElse(previousLevel != null ? previousLevel : Naming.unclassified(nounPhrase(own), unit));
        Derivation d = switch (role) {
            case GROWTH -> unit != Unit.PERCENTAGE_POINT ? vocabulary.growthKind(head)
                    : shareChange ? Derivation.SHARE_CHANGE : Derivation.GROWTH_CHANGE;
            case MULTIPLE -> Derivation.MULTIPLE;
            case SHARE -> Derivation.SHARE;
            default -> Derivation.LEVEL;
        };
        String whole = share >= 0 ? wholeWords(head.substring(share + 1)) : "";
        if (base.key().isUnclassified()) {
            String what = !d.isShare() ? d.labelZh() : whole.isEmpty() ? "占比" : "占" + whole + "比重";
            return Naming.unclassified(base.note() + what, unit);
        }
        MeasureKey level = base.key().level();
        Optional<ShareWhole> of = d.isShare() ? wholes.read(whole, level) : Optional.empty();
        return Naming.of(level.derive(d, of.orElse(null)), unit);
    }

    /** A batch the clause names just before the figure: 前五批 (the first five), 第七批 (the seventh alone). */
    private static Optional<Scope> batch(FigureContext f) {
        Matcher m = BATCH.matcher(f.head());
        if (!m.find()) {
            return Optional.empty();
        }
        int n = Numerals.parse(m.group(2)).intValue();
        return Optional.of(m.group(1).equals("前") ? Scope.firstBatches(n) : Scope.batch(n));
    }

    /** A measure counted by the pilot zones (各综试区已累计制定41项标准) is narrowed to them, unless it counts zones. */
    private MeasureKey zoneScoped(FigureContext f, MeasureKey key) {
        boolean plain = key.base().isAboutZones() || !ZONE_ACTOR.matcher(f.head()).find();
        return plain ? key : vocabulary.scope(ZONES_AS_ACTOR).map(key::withScope).orElse(key);
    }

    /** 10个综试区评估为“成效明显”: a count of zones an evaluation rated is of those zones, not of all. */
    private MeasureKey rated(FigureContext f, MeasureKey key) {
        String clause = f.sentence().substring(f.clauseStart());
        return !key.base().isAboutZones() ? key : vocabulary.scopesNamedIn(clause, Scope.Kind.RATING).stream()
                .findFirst().map(key::withScope).orElse(key);
    }

    /** 占全国的比重 → 全国; 占同期货物贸易进出口总值的 → 货物贸易进出口总值; 占比 → nothing. */
    private static String wholeWords(String afterZhan) {
        if (afterZhan.startsWith("比")) {
            return "";
        }
        Matcher m = WHOLE_END.matcher(afterZhan);
        String whole = (m.find() ? afterZhan.substring(0, m.start()) : afterZhan).replace("同期", "");
        return TRAILING.matcher(whole).replaceFirst("");
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
