package org.cbeckg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.model.Derivation;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.Measure;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.Period;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;
import org.cbeckg.model.body.BodyList;
import org.cbeckg.model.place.Gazetteer;
import org.cbeckg.vocab.CBEC;
import org.junit.jupiter.api.Test;

/** Measures in the graph: readable IRIs, labels from their parts, broader chains, and the unclassified measure. */
class MeasureGraphTest {

    static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    final Iris iris = new Iris(Iris.DEFAULT_BASE);
    final Article article = TestArticles.of(LocalDate.of(2023, 3, 2), Facts.PARAGRAPHS);

    @Test
    void aDerivedMeasureIsAConceptWithItsPartsAndItsChainUpToTheBase() {
        Model m = ModelFactory.createDefaultModel();
        MeasureKey key = Facts.VOCABULARY.key("cbec-trade-value/b2b/export/growth");
        Resource growth = new EntityDescriber(m, iris).measure(key);
        assertEquals("http://localhost:3030/id/measure/cbec-trade-value/b2b/export/growth", growth.getURI());
        assertEquals("跨境电商B2B出口额增速", growth.getProperty(SKOS.prefLabel, "zh").getString());
        assertEquals(CBEC.concept(Derivation.GROWTH), growth.getPropertyResourceValue(CBEC.derivation));
        assertEquals("http://localhost:3030/id/measure/cbec-trade-value",
                growth.getPropertyResourceValue(CBEC.baseMeasure).getURI());
        List<String> chain = new ArrayList<>();
        for (Resource r = growth; r != null; r = r.getPropertyResourceValue(SKOS.broader)) {
            chain.add(r.getProperty(SKOS.notation).getString());
        }
        assertEquals(List.of("cbec-trade-value/b2b/export/growth", "cbec-trade-value/b2b/export",
                "cbec-trade-value/b2b", "cbec-trade-value"), chain);
        Resource base = m.getResource("http://localhost:3030/id/measure/cbec-trade-value");
        assertTrue(base.hasProperty(SKOS.topConceptOf, CBEC.MeasureScheme));
        assertEquals(2, growth.listProperties(CBEC.measureScope).toList().size());
    }

    @Test
    void anUnclassifiedFigureCarriesItsNoteAndConforms() {
        ArticleGraph g = new ArticleGraphMapper(iris).map(withUnclassifiedFigure(), AT, "test");
        Resource obs = g.model().listSubjectsWithProperty(CBEC.measureNote).next();
        assertEquals(CBEC.measureUnclassified, obs.getPropertyResourceValue(CBEC.measure));
        assertEquals("独立站数量", obs.getProperty(CBEC.measureNote).getString());
        assertTrue(new ArticleGraphValidator().validate(g.model().getGraph()).conforms());
    }

    @Test
    void anUnclassifiedFigureBelongsToNoCellSoItIsComparedWithNothing() {
        Model m = new ArticleGraphMapper(iris).map(withUnclassifiedFigure(), AT, "test").model();
        Resource unclassified = m.listSubjectsWithProperty(CBEC.measure, CBEC.measureUnclassified).next();
        Resource classified = m.listSubjectsWithProperty(CBEC.measure,
                m.getResource(iris.measure(Facts.VOCABULARY.key("cbec-trade-value")).getURI())).next();
        assertFalse(unclassified.hasProperty(CBEC.cell));
        assertTrue(classified.hasProperty(CBEC.cell));
    }

    @Test
    void shaclRejectsAnUnclassifiedFigureWithoutItsNote() {
        Model m = new ArticleGraphMapper(iris).map(withUnclassifiedFigure(), AT, "test").model();
        List<Statement> notes = m.listStatements(null, CBEC.measureNote, (String) null).toList();
        m.remove(notes);
        assertFalse(new ArticleGraphValidator().validate(m.getGraph()).conforms());
    }

    @Test
    void theReferenceGraphListsEveryBaseMeasureAndConforms() {
        Model ref = new ReferenceGraphBuilder(iris, Gazetteer.standard(), BodyList.standard()).build();
        for (Measure base : Facts.VOCABULARY.measures()) {
            Resource r = ref.getResource(iris.measure(MeasureKey.of(base, List.of())).getURI());
            assertTrue(r.hasProperty(SKOS.notation, base.slug()), base.slug());
            assertTrue(r.hasProperty(SKOS.prefLabel, ref.createLiteral(base.labelZh(), "zh")), base.slug());
        }
        assertTrue(new ArticleGraphValidator().validate(ref.getGraph()).conforms());
    }

    private Extraction withUnclassifiedFigure() {
        Extraction e = Facts.sample(article);
        IndicatorFact stated = e.indicators().get(0);
        IndicatorFact unclassified = new IndicatorFact(MeasureKey.UNCLASSIFIED, "独立站数量", new BigDecimal("1500"),
                Unit.COUNT, Qualifier.EXACT, Outlook.RECORD, Period.year(2022), Facts.ZHEJIANG, "1500个", null, null,
                stated.evidence());
        return e.with(FactKind.INDICATOR, e.producer(FactKind.INDICATOR), List.of(stated, unclassified));
    }
}
