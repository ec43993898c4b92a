package org.cbeckg.graph;

import java.math.BigDecimal;
import java.util.List;

import org.cbeckg.article.Article;
import org.cbeckg.article.Span;
import org.cbeckg.model.BatchFact;
import org.cbeckg.model.EventFact;
import org.cbeckg.model.EventKind;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.MeasureVocabulary;
import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;
import org.cbeckg.model.OrganizationMention;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.PartialDate;
import org.cbeckg.model.Period;
import org.cbeckg.model.PersonKind;
import org.cbeckg.model.PersonMention;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.PlaceMention;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;
import org.cbeckg.model.ZoneFact;

/** Hand-made facts on a hand-made article, independent of the extractors, for graph and store tests. */
public final class Facts {

    public static final MeasureVocabulary VOCABULARY = MeasureVocabulary.standard();
    public static final Place CHINA = new Place("CN", "中国", List.of("我国"), PlaceLevel.COUNTRY, null, null, "China");
    public static final Place ZHEJIANG = new Place("330000", "浙江省", List.of("浙江"), PlaceLevel.PROVINCE, "CN",
            "330000", "Zhejiang");
    public static final Place JINHUA = new Place("330700", "金华市", List.of("金华"), PlaceLevel.PREFECTURE, "330000",
            "330000", null);
    public static final Organization MOFCOM = new Organization("mofcom", "商务部", "中华人民共和国商务部",
            List.of(), "Ministry of Commerce", OrganizationKind.MINISTRY, "state-council", null);

    private Facts() {
    }

    /** An article stating a zone, a batch, a press conference, a spokesperson and two figures, with their facts. */
    public static Extraction sample(Article article) {
        String t = article.text();
        PersonMention gao = new PersonMention("李明", "新闻发言人", MOFCOM, PersonKind.OFFICIAL, span(article, "商务部新闻发言人李明"));
        Extraction e = Extraction.empty(article);
        e = e.with(FactKind.PLACE, producer("places"), List.of(
                new PlaceMention(JINHUA, span(article, "金华市")), new PlaceMention(ZHEJIANG, span(article, "浙江"))));
        e = e.with(FactKind.ORGANIZATION, producer("organizations"),
                List.of(new OrganizationMention(MOFCOM, span(article, "商务部"))));
        e = e.with(FactKind.PERSON, producer("persons"), List.of(gao));
        e = e.with(FactKind.EVENT, producer("events"), List.of(new EventFact(EventKind.PRESS_CONFERENCE,
                PartialDate.parse("2023-03-02").orElseThrow(), MOFCOM, "例行新闻发布会", span(article, "例行新闻发布会"))));
        e = e.with(FactKind.BATCH, producer("batches"), List.of(new BatchFact(7, 33, 165,
                PartialDate.ofYear(2022), null, List.of(JINHUA), span(article, "第七批33个"))));
        e = e.with(FactKind.ZONE, producer("zones"), List.of(new ZoneFact(JINHUA, 7, PartialDate.ofYear(2022),
                span(article, "金华市"))));
        e = e.with(FactKind.INDICATOR, producer("indicators"), List.of(
                new IndicatorFact(VOCABULARY.key("cbec-trade-value"), null, new BigDecimal("330290000000"), Unit.CNY,
                        Qualifier.EXACT, Outlook.RECORD, Period.year(2022), ZHEJIANG, "3302.9亿元", null, gao,
                        span(article, "进出口3302.9亿元")),
                new IndicatorFact(VOCABULARY.key("cbec-trade-value/growth"), null, new BigDecimal("30.7"), Unit.PERCENT,
                        Qualifier.EXACT, Outlook.RECORD, Period.year(2022), ZHEJIANG, "30.7%", "同比", gao,
                        span(article, "同比增长30.7%"))));
        return e;
    }

    public static final String[] PARAGRAPHS = {
        "3月2日，在商务部召开的例行新闻发布会上，商务部新闻发言人李明表示，",
        "国务院第七批33个综试区中有金华市，浙江2022年跨境电商进出口3302.9亿元，同比增长30.7%。"};

    static Extraction.Producer producer(String name) {
        return new Extraction.Producer(name, "1.0");
    }

    static Span span(Article article, String exact) {
        int at = article.text().indexOf(exact);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + exact);
        }
        return article.body().spanOfChars(at, at + exact.length());
    }
}
