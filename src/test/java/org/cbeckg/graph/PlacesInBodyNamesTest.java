package org.cbeckg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.extract.StandardPipeline;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies.SCHEMA;
import org.junit.jupiter.api.Test;

/** A place written only inside a body's name is the body's, not a place the article mentions. Sentences made up. */
class PlacesInBodyNamesTest {

    private static Set<String> placesMentioned(String... paragraphs) {
        Article article = TestArticles.of(LocalDate.of(2023, 9, 13), paragraphs);
        Model m = new ArticleGraphMapper(new Iris(Iris.DEFAULT_BASE))
                .map(StandardPipeline.create().run(article), Instant.EPOCH, "test").model();
        return m.listObjectsOfProperty(SCHEMA.mentions).toList().stream().map(n -> n.asResource())
                .filter(r -> r.hasProperty(org.apache.jena.vocabulary.RDF.type, CBEC.Place))
                .map(r -> r.getProperty(SKOS.prefLabel, "zh").getString()).collect(Collectors.toSet());
    }

    @Test
    void aDistrictInsideACompanysNameIsNoPlaceOfTheArticle() {
        assertEquals(Set.of("宁波市"), placesMentioned("宁波江北远航供应链管理有限公司在宁波设立了海外仓。"));
    }

    @Test
    void aPlaceNamedOnItsOwnStaysOneButNotTheOneOnlyInTheName() {
        assertEquals(Set.of("江北区"), placesMentioned("宁波江北远航供应链管理有限公司把总部迁到了江北区。"));
    }
}
