package org.cbeckg.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.Unit;

/** The indicator extractor on a test's own sentences, with hand-made upstream places and officials. */
final class IndicatorFixture {

    static final IndicatorExtractor EXTRACTOR = new IndicatorExtractor();

    private IndicatorFixture() {
    }

    static List<IndicatorFact> extract(LocalDate published, String[] officials, String... paragraphs) {
        Article a = TestArticles.of(published, paragraphs);
        return EXTRACTOR.extract(a, HandUpstream.of(a, officials));
    }

    static IndicatorFact find(List<IndicatorFact> facts, String value, Unit unit) {
        return facts.stream().filter(f -> f.unit() == unit && f.value().compareTo(new BigDecimal(value)) == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no " + value + " " + unit + " in " + facts));
    }

    static String period(IndicatorFact f) {
        return f.period() == null ? null : f.period().code();
    }
}
