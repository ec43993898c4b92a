package org.cbeckg.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.article.Span;
import org.cbeckg.graph.ArticleGraph;
import org.cbeckg.graph.ArticleGraphMapper;
import org.cbeckg.graph.ArticleGraphValidator;
import org.cbeckg.graph.Iris;
import org.cbeckg.model.BatchFact;
import org.cbeckg.model.Derivation;
import org.cbeckg.model.EventFact;
import org.cbeckg.model.EventKind;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.MeasureCue;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.MeasureVocabulary;
import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.PartialDate;
import org.cbeckg.model.Period;
import org.cbeckg.model.PersonKind;
import org.cbeckg.model.PersonMention;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;
import org.cbeckg.model.ZoneFact;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.OntologyGraph;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.derive.DerivedGraph;

/**
 * Small hand-made articles for the auditor's tests: written to real files (so a trace can re-read them), with
 * hand-made facts (so the tests do not depend on the extractors), mapped and stored as ingest would.
 */
public final class AuditFixtures {

    static final Place CHINA = new Place("CN", "中国", List.of("我国", "全国"), PlaceLevel.COUNTRY, null, null, "China");
    static final Place ANHUI = new Place("340000", "安徽省", List.of("安徽"), PlaceLevel.PROVINCE, "CN", "340000",
            "Anhui");
    static final Place HEFEI = new Place("340100", "合肥市", List.of("合肥"), PlaceLevel.PREFECTURE, "340000",
            "340000", "Hefei");
    static final Place WUHU = new Place("340200", "芜湖市", List.of("芜湖"), PlaceLevel.PREFECTURE, "340000",
            "340000", "Wuhu");
    static final Organization MINISTRY = new Organization("mofcom", "商务部", "中华人民共和国商务部", List.of(),
            "Ministry of Commerce", OrganizationKind.MINISTRY, "state-council", null);

    private AuditFixtures() {
    }

    /** Writes an article file (front matter + HTML paragraphs) and reads it back as ingest would. */
    static Article write(Path dir, String fileName, String date, String... paragraphs) {
        StringBuilder sb = new StringBuilder("---\ntitle: 测试文章 ").append(fileName).append("\ndate: ")
                .append(date).append(" 10:00:00\nauthor: test\n---\n");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>\n");
        }
        Path file = dir.resolve(fileName);
        try {
            Files.createDirectories(dir);
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ArticleReader.read(file);
    }

    static final String MEASURE = "跨境电商进出口额";
    static final String GROWTH = "跨境电商进出口额增速";
    private static final MeasureVocabulary VOCABULARY = MeasureVocabulary.standard();

    /**
     * The vocabulary measure with this Chinese label (a level the vocabulary names, its growth rate or forecast, or the
     * zones of the first five batches), so that fixtures read as the articles do; a label the vocabulary lacks is the
     * unclassified measure, with the label as its note.
     */
    static MeasureKey keyLabelled(String label) {
        Stream<MeasureKey> levels = Stream.concat(VOCABULARY.cues().stream().map(MeasureCue::measure),
                Stream.of(VOCABULARY.key("cbec-pilot-zones/batches-1-5")));
        return levels.flatMap(k -> Stream.of(k, k.derive(Derivation.GROWTH, null), k.withOutlook(Outlook.FORECAST)))
                .filter(k -> k.labelZh().equals(label)).findFirst().orElse(MeasureKey.UNCLASSIFIED);
    }

    /**
     * Three articles: A and B agree on 2021's trade (2.35万亿元, +12%), C gives 2.31万亿元 (+10%); B also gives
     * 2020's value (2.1万亿元, so both growth rates match their own article's figures), batch 4 (20 new, 60 in all)
     * after A's batches 1-3 (40), two of batch 4's zones, and Anhui's zone count (3; two listed).
     */
    public static KnowledgeStore corpus(Path dir) {
        return corpus(store(), dir);
    }

    /** The same corpus, in a store of the caller's (e.g. on disk, for the command line). */
    public static KnowledgeStore corpus(KnowledgeStore store, Path dir) {
        OntologyGraph.ensure(store);
        Article a = write(dir, "a_2022-03-01.txt", "2022-03-01",
                "3月1日，在商务部召开的例行新闻发布会上，商务部新闻发言人王涛表示，",
                "2021年全国跨境电商进出口2.35万亿元，同比增长12%。前三批40个综试区运行良好。");
        new Facts(a).spokesperson("商务部新闻发言人王涛", "王涛", "例行新闻发布会", "2022-03-01")
                .figure(MEASURE, "2.35万亿元", Unit.CNY, Qualifier.EXACT, Period.year(2021), CHINA,
                        "2021年全国跨境电商进出口2.35万亿元")
                .figure(GROWTH, "12%", Unit.PERCENT, Qualifier.EXACT, Period.year(2021), CHINA, "同比增长12%")
                .batch(3, null, 40, "前三批40个").store(store);
        Article b = write(dir, "b_2022-03-05.txt", "2022-03-05",
                "据统计，2021年我国跨境电商进出口2.35万亿元，同比增长12%；2020年为2.1万亿元。",
                "第四批新设20个综试区，总数达到60个，其中包括合肥、芜湖。安徽省共有3个综试区。");
        new Facts(b).figure(MEASURE, "2.35万亿元", Unit.CNY, Qualifier.EXACT, Period.year(2021), CHINA,
                        "2021年我国跨境电商进出口2.35万亿元")
                .figure(GROWTH, "12%", Unit.PERCENT, Qualifier.EXACT, Period.year(2021), CHINA, "同比增长12%")
                .figure(MEASURE, "2.1万亿元", Unit.CNY, Qualifier.EXACT, Period.year(2020), CHINA, "2020年为2.1万亿元")
                .batch(4, 20, 60, "第四批新设20个综试区，总数达到60个")
                .zone(HEFEI, 4, "合肥").zone(WUHU, 4, "芜湖")
                .figure("跨境电商综试区数量", "3个", Unit.COUNT, Qualifier.EXACT,
                        Period.asOf(java.time.LocalDate.of(2022, 3, 5)), ANHUI, "安徽省共有3个综试区")
                .store(store);
        Article c = write(dir, "c_2022-06-10.txt", "2022-06-10",
                "海关统计显示，去年跨境电商进出口规模达到2.31万亿元，增长10%。");
        new Facts(c).figure(MEASURE, "2.31万亿元", Unit.CNY, Qualifier.EXACT, Period.year(2021), CHINA,
                        "去年跨境电商进出口规模达到2.31万亿元")
                .figure(GROWTH, "10%", Unit.PERCENT, Qualifier.EXACT, Period.year(2021), CHINA, "增长10%")
                .store(store);
        return store;
    }

    /** Adds an article whose quote holds markup-like text, to prove pages escape what articles say. */
    public static void withMarkupInAQuote(KnowledgeStore store, Path dir) {
        Article m = write(dir, "m_2022-04-01.txt", "2022-04-01", "据&lt;b&gt;统计&lt;/b&gt;，2021年某地进出口5亿元。");
        new Facts(m).figure("某地进出口额", "5亿元", Unit.CNY, Qualifier.EXACT, Period.year(2021), CHINA,
                "据<b>统计</b>，2021年某地进出口5亿元").store(store);
    }

    /** A fresh in-memory store with the ontology graph, as ingest leaves it. */
    static KnowledgeStore store() {
        KnowledgeStore store = KnowledgeStore.inMemory(Iris.DEFAULT_BASE);
        OntologyGraph.ensure(store);
        return store;
    }

    /** Hand-made facts for one article, added clause by clause; {@link #store} maps, validates and stores them. */
    static final class Facts {
        final Article article;
        final List<IndicatorFact> indicators = new ArrayList<>();
        final List<BatchFact> batches = new ArrayList<>();
        final List<ZoneFact> zones = new ArrayList<>();
        final List<PersonMention> persons = new ArrayList<>();
        final List<EventFact> events = new ArrayList<>();
        PersonMention speaker;

        Facts(Article article) {
            this.article = article;
        }

        /** A spokesperson and the press conference the article's figures were stated at. */
        Facts spokesperson(String clause, String name, String eventClause, String eventDate) {
            speaker = new PersonMention(name, "新闻发言人", MINISTRY, PersonKind.OFFICIAL, span(clause));
            persons.add(speaker);
            events.add(new EventFact(EventKind.PRESS_CONFERENCE, PartialDate.parse(eventDate).orElseThrow(),
                    MINISTRY, "例行新闻发布会", span(eventClause)));
            return this;
        }

        Facts figure(String measure, String surface, Unit unit, Qualifier q, Period period, Place area, String clause) {
            return figure(measure, surface, unit, q, Outlook.RECORD, period, area, clause);
        }

        Facts figure(String measure, String surface, Unit unit, Qualifier q, Outlook outlook, Period period, Place area,
                     String clause) {
            BigDecimal value = FigureParser.simple().parse(surface.replaceFirst("^(超过|约|近)", ""))
                    .orElseThrow().value();
            MeasureKey key = keyLabelled(measure);
            String note = key.isUnclassified() ? measure : null;
            indicators.add(new IndicatorFact(key, note, value, unit, q, outlook, period, area, surface,
                    unit == Unit.PERCENT ? "同比" : null, speaker, span(clause)));
            return this;
        }

        Facts batch(Integer ordinal, Integer count, Integer cumulative, String clause) {
            batches.add(new BatchFact(ordinal, count, cumulative, null, null, List.of(), span(clause)));
            return this;
        }

        Facts zone(Place city, Integer batch, String clause) {
            zones.add(new ZoneFact(city, batch, null, span(clause)));
            return this;
        }

        Extraction extraction() {
            Extraction e = Extraction.empty(article);
            e = e.with(FactKind.PERSON, producer("persons"), persons);
            e = e.with(FactKind.EVENT, producer("events"), events);
            e = e.with(FactKind.BATCH, producer("batches"), batches);
            e = e.with(FactKind.ZONE, producer("zones"), zones);
            return e.with(FactKind.INDICATOR, producer("indicators"), indicators);
        }

        /** Maps, validates (as the ingest gate does) and stores the article's graph. */
        Facts store(KnowledgeStore store) {
            ArticleGraph g = new ArticleGraphMapper(store.iris()).map(extraction(), Instant.parse(
                    "2026-01-01T00:00:00Z"), "audit-test");
            new ArticleGraphValidator().requireValid(g);
            Node name = g.graphName().asNode();
            // As an ingest batch does: the article's graph, then the derived graph's cells it touches.
            store.write(batch -> {
                Set<Node> cells = new LinkedHashSet<>(DerivedGraph.cellsOf(batch.dataset(), name));
                batch.putGraph(name, g.model().getGraph());
                cells.addAll(DerivedGraph.cellsOf(batch.dataset(), name));
                new DerivedGraph(store.iris(), FigureParser.simple()).update(batch, cells,
                        DerivedGraph.Progress.SILENT);
            });
            return this;
        }

        Span span(String exact) {
            int at = article.text().indexOf(exact);
            if (at < 0) {
                throw new IllegalArgumentException("not in text: " + exact);
            }
            return article.body().spanOfChars(at, at + exact.length());
        }

        private static Extraction.Producer producer(String name) {
            return new Extraction.Producer(name, "1.0");
        }
    }
}
