package org.cbeckg.extract.indicator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.extract.Unit;

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

    /** The label, the unit (resolved for a bare 1.92万亿), and the measure later growth figures refer to. */
    public record Naming(String label, Unit unit, Measure base) {
    }

    /** A measure counted by the pilot zones (各综试区已累计制定41项标准) carries that scope in its label. */
    private static final Pattern ZONE_ACTOR = Pattern.compile("综试区|综合试验区");
    private static final Pattern BATCH = Pattern.compile("([前第](?:[一二三四五六七八九十]+|\\d+)批)$");
    private static final Pattern WHOLE = Pattern.compile("占(全国|全省|全市|全区|全球|全部|全行业)?");
    private static final Pattern MONEY_WORDS = Pattern.compile("额|金额|规模|进出口|出口|进口|销售|交易|营收|收入|投资"
            + "|产值|GDP|生产总值|零售|消费|贸易");
    private static final Pattern NOUN_END = Pattern.compile("的|在|将|已|进行|签署|设立|实现|开展|参与|提供|通过|共同"
            + "|获得|成为|覆盖|落户|入驻|[，。；]");
    private static final Pattern LEADING = Pattern.compile("^(?:据[^，]{0,8}?(?:统计|测算|显示)|其中|同期|另外|此外"
            + "|同时|并且|并|而且|而|在|全国|我国|中国|全省|全市|该省|该市|本省|本市|今年|去年|上年|\\d{4}年"
            + "|[一二三四]季度|[上下]半年|目前|截至目前|已经|已|各地|各)");
    private static final Pattern TRAILING = Pattern.compile("(?:实现|完成|达到|达|为|有|共有|共|超过|突破|逾|超|近|约"
            + "|接近|将近|大约|不到|不足|至少|同比|环比|增长|下降|累计|已经|已|了|分别|总计|合计|占)+$");
    private static final int MAX_LABEL = 14;
    private static final int MAX_NOUN = 8;

    private final MeasureVocabulary vocabulary;

    public MeasureNamer(MeasureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** @param previousLevel the measure of the last level figure before it in the sentence, or null */
    public Naming name(FigureContext f, FigureRole role, Measure previousLevel) {
        return role.isDerived() ? derived(f, role, previousLevel) : level(f);
    }

    private Naming level(FigureContext f) {
        Unit unit = f.quantity().unit();
        int nounEnd = f.figureEnd() + countedNoun(f).length();
        Optional<Measure> m = vocabulary.best(new MeasureVocabulary.Query(f.sentence(), f.clauseStart(),
                f.figureStart(), f.figureEnd(), nounEnd, x -> x.accepts(unit), f.cbec()));
        if (m.isPresent()) {
            Unit resolved = unit != null ? unit : m.get().unitForBareNumber();
            return new Naming(batchPrefix(f) + zoneScope(f, m.get()) + m.get().labelZh(), resolved, m.get());
        }
        Unit resolved = unit != null ? unit : MONEY_WORDS.matcher(f.sentence()).find() ? Unit.CNY : Unit.COUNT;
        String label = fallback(f, resolved);
        return new Naming(label, resolved, Measure.named(label));
    }

    private Naming derived(FigureContext f, FigureRole role, Measure previousLevel) {
        String head = f.head();
        Optional<Measure> own = vocabulary.best(new MeasureVocabulary.Query(head, 0, head.length(), head.length(),
                head.length(), x -> !x.unit().equals("percent"), f.cbec()));
        Measure base = own.orElse(previousLevel != null ? previousLevel : Measure.named(nounPhrase(head)));
        String label = switch (role) {
            case GROWTH -> base.labelZh() + "增速";
            case MULTIPLE -> base.stem() + "增长倍数";
            case SHARE -> base.labelZh() + "占" + whole(head) + "比重";
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

    private static String whole(String head) {
        Matcher m = WHOLE.matcher(head);
        String whole = null;
        while (m.find()) {
            whole = m.group(1);
        }
        return whole == null ? "总量" : whole;
    }

    /** The noun a count counts: {@code 国家} in {@code 与23个国家签署…}. */
    private static String countedNoun(FigureContext f) {
        String tail = f.tail();
        Matcher m = NOUN_END.matcher(tail);
        String noun = m.find() ? tail.substring(0, m.start()) : tail;
        return noun.length() > MAX_NOUN ? noun.substring(0, MAX_NOUN) : noun;
    }

    private static String fallback(FigureContext f, Unit unit) {
        String noun = countedNoun(f);
        if (unit == Unit.COUNT && !noun.isEmpty()) {
            return noun + "数量";
        }
        String core = nounPhrase(f.head());
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
        return s.length() > MAX_LABEL ? s.substring(s.length() - MAX_LABEL) : s;
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
