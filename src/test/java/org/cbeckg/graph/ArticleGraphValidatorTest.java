package org.cbeckg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OA;
import org.cbeckg.CbecKgException;
import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies.SCHEMA;
import org.cbeckg.vocab.Vocabularies.SDMX;
import org.junit.jupiter.api.Test;

/**
 * The SHACL gate keeps what an article says: figures that do not agree pass (the checks flag them), a structural
 * violation in one fact drops that fact alone with a warning naming it, and only a broken article is refused.
 */
class ArticleGraphValidatorTest {

    final Article article = TestArticles.of(LocalDate.of(2023, 3, 2), Facts.PARAGRAPHS);
    final Iris iris = new Iris(Iris.DEFAULT_BASE);
    final ArticleGraph graph = new ArticleGraphMapper(iris).map(Facts.sample(article),
            Instant.parse("2026-01-01T00:00:00Z"), "test");
    final Model m = graph.model();
    final ArticleGraphValidator validator = new ArticleGraphValidator();

    @Test
    void aBatchLargerThanItsCumulativeTotalIsKept() {
        Resource batch = iris.batch(7);
        batch.inModel(m).removeAll(CBEC.zoneCount).addLiteral(CBEC.zoneCount, m.createTypedLiteral("270",
                XSDDatatype.XSDnonNegativeInteger));
        Validated v = validator.validate(graph);
        assertEquals(List.of(), v.warnings());
        assertTrue(v.graph().model().contains(batch, CBEC.zoneCount));
    }

    @Test
    void aQuoteOffItsOffsetsDropsThatFactAndKeepsTheRest() {
        Resource obs = observation("3302.9亿元");
        Resource selector = positionSelector(obs);
        int start = selector.getProperty(OA.start).getInt();
        selector.removeAll(OA.start).addLiteral(OA.start, m.createTypedLiteral(String.valueOf(start + 1),
                XSDDatatype.XSDnonNegativeInteger));
        long factsBefore = facts(m);

        Validated v = validator.validate(graph);

        assertEquals(1, v.warnings().size(), v.warnings().toString());
        String w = v.warnings().get(0);
        assertTrue(w.startsWith("dropped cbec:IndicatorObservation <" + obs.getURI() + "> \"3302.9亿元\""), w);
        assertTrue(w.contains("the quote is not the article text between its offsets"), w);
        Model kept = v.graph().model();
        assertFalse(kept.containsResource(obs), "a triple of the dropped fact is left");
        assertFalse(kept.contains(null, OA.hasBody, obs), "its evidence is left");
        assertEquals(factsBefore - 1, facts(kept));
        assertTrue(kept.contains(observation("30.7%"), SDMX.obsValue), "the other figure is gone too");
        assertTrue(validator.validate(kept.getGraph()).conforms());
        assertTrue(m.containsResource(obs), "the graph handed in was changed");
    }

    @Test
    void aValueOfTheWrongTypeDropsItsFact() {
        Resource obs = observation("30.7%");
        obs.removeAll(SDMX.obsValue).addProperty(SDMX.obsValue, "thirty");
        Validated v = validator.validate(graph);
        assertEquals(1, v.warnings().size(), v.warnings().toString());
        assertTrue(v.warnings().get(0).contains("\"30.7%\""), v.warnings().get(0));
        assertFalse(v.graph().model().containsResource(obs));
        assertTrue(v.graph().model().containsResource(observation("3302.9亿元")));
    }

    @Test
    void aBrokenMentionDropsTheMentionAlone() {
        Resource zhejiang = m.createResource(iris.place(Facts.ZHEJIANG).getURI());
        Resource mention = m.listSubjectsWithProperty(OA.hasBody, zhejiang).toList().stream()
                .filter(a -> a.hasProperty(org.apache.jena.vocabulary.RDF.type, CBEC.Mention)).findFirst()
                .orElseThrow();
        mention.removeAll(CBEC.quote).addProperty(CBEC.quote, "浙江").addProperty(CBEC.quote, "浙江省");
        Validated v = validator.validate(graph);
        assertEquals(1, v.warnings().size(), v.warnings().toString());
        Model kept = v.graph().model();
        assertFalse(kept.containsResource(mention));
        assertFalse(kept.contains(null, SCHEMA.mentions, zhejiang), "no mention is left, nor the article's link");
        assertTrue(kept.contains(observation("3302.9亿元"), SDMX.refArea, zhejiang), "the figure's area is kept");
    }

    @Test
    void anArticleWithoutItsTextIsRefusedNamingTheFile() {
        m.createResource(iris.article(article.key()).getURI()).removeAll(CBEC.text);
        CbecKgException e = assertThrows(CbecKgException.class, () -> validator.validate(graph));
        assertTrue(e.getMessage().startsWith(article.fileName() + ": graph does not conform"), e.getMessage());
    }

    private Resource observation(String surface) {
        return m.listSubjectsWithProperty(CBEC.surfaceForm, surface).next();
    }

    private Resource positionSelector(Resource fact) {
        Resource target = fact.getPropertyResourceValue(CBEC.evidence).getPropertyResourceValue(OA.hasTarget);
        return m.listObjectsOfProperty(target, OA.hasSelector).toList().stream().map(n -> n.asResource())
                .filter(s -> s.hasProperty(OA.start)).findFirst().orElseThrow();
    }

    private static long facts(Model model) {
        return model.listSubjectsWithProperty(CBEC.sourceArticle).toList().stream()
                .filter(s -> !s.hasProperty(OA.hasBody)).count();
    }
}
