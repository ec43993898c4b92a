package org.cbeckg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.OA;
import org.cbeckg.CbecKgException;
import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.vocab.CBEC;
import org.junit.jupiter.api.Test;

class ArticleGraphMapperTest {

    static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    final Article article = TestArticles.of(LocalDate.of(2023, 3, 2), Facts.PARAGRAPHS);
    final ArticleGraphMapper mapper = new ArticleGraphMapper(new Iris(Iris.DEFAULT_BASE));

    @Test
    void sampleGraphConformsToShapes() {
        ArticleGraph g = mapper.map(Facts.sample(article), AT, "test");
        ValidationReport report = new ArticleGraphValidator().validate(g.model().getGraph());
        if (!report.conforms()) {
            org.apache.jena.shacl.lib.ShLib.printReport(report);
        }
        assertTrue(report.conforms());
    }

    @Test
    void aGrowthRateLinksToTheValueItIsTheGrowthOf() {
        Model m = mapper.map(Facts.sample(article), AT, "test").model();
        Resource rate = m.listSubjectsWithProperty(CBEC.growthBase).toList().get(0);
        Resource value = rate.getPropertyResourceValue(CBEC.growthOf);
        assertEquals("3302.9亿元", value.getProperty(CBEC.surfaceForm).getString());
        assertFalse(value.hasProperty(CBEC.growthOf));
    }

    @Test
    void sameInputGivesIsomorphicGraph() {
        Model a = mapper.map(Facts.sample(article), AT, "test").model();
        Model b = mapper.map(Facts.sample(article), AT, "test").model();
        assertTrue(a.isIsomorphicWith(b));
    }

    @Test
    void everyQuoteIsTheTextBetweenItsOffsets() {
        Model m = mapper.map(Facts.sample(article), AT, "test").model();
        int checked = 0;
        for (Resource selector : m.listSubjectsWithProperty(OA.start).toList()) {
            Resource target = m.listSubjectsWithProperty(OA.hasSelector, selector).next();
            String exact = m.listObjectsOfProperty(target, OA.hasSelector).toList().stream()
                    .map(n -> n.asResource().getProperty(OA.exact)).filter(s -> s != null).findFirst().orElseThrow()
                    .getString();
            int start = selector.getProperty(OA.start).getInt();
            int end = selector.getProperty(OA.end).getInt();
            assertEquals(exact, article.body().slice(start, end));
            checked++;
        }
        assertTrue(checked >= 8, "checked " + checked);
    }

    @Test
    void offsetsCountCodePointsBeyondTheBasicPlane() {
        String[] paragraphs = Facts.PARAGRAPHS.clone();
        paragraphs[0] = "𠮷𠮷" + paragraphs[0];
        Article wide = TestArticles.of(LocalDate.of(2023, 3, 2), paragraphs);
        ArticleGraph g = mapper.map(Facts.sample(wide), AT, "test");
        assertTrue(new ArticleGraphValidator().validate(g.model().getGraph()).conforms());
    }

    @Test
    void shaclCatchesAQuoteThatDoesNotMatchItsOffsets() {
        ArticleGraph g = mapper.map(Facts.sample(article), AT, "test");
        Model m = g.model();
        Resource selector = m.listSubjectsWithProperty(OA.start).next();
        int start = selector.getProperty(OA.start).getInt();
        selector.removeAll(OA.start).addLiteral(OA.start, m.createTypedLiteral(String.valueOf(start + 1),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
        assertFalse(new ArticleGraphValidator().validate(m.getGraph()).conforms());
        assertThrows(CbecKgException.class, () -> new ArticleGraphValidator().requireValid(g));
    }

    @Test
    void sharedEntitiesDoNotDependOnTheArticle() {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        assertEquals(Iris.DEFAULT_BASE + "id/zone/330700", iris.zone(Facts.JINHUA).getURI());
        assertEquals(Iris.DEFAULT_BASE + "id/batch/7", iris.batch(7).getURI());
        Model m = mapper.map(Facts.sample(article), AT, "test").model();
        assertTrue(m.contains(iris.zone(Facts.JINHUA), CBEC.inBatch, iris.batch(7)));
    }
}
