package org.cbeckg.server;

import java.math.BigDecimal;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies.SDMX;

/**
 * How the figure on a resource page reads: its value by {@link ReadableFigures} in the unit it carries, signed when
 * it is a growth rate (it has a {@code cbec:growthBase}), and its period by {@link ReadablePeriods}.
 */
final class FigureReading {

    private FigureReading() {
    }

    /** The figure box of an observation, or null for a resource without a value. */
    static ResourceModel.FigureView of(ResourceView v) {
        Node self = ResourcePage.node(v.iri());
        String lexical = ResourcePage.literal(v, self, SDMX.obsValue.asNode());
        if (lexical == null) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(lexical);
        } catch (NumberFormatException e) {
            return null;
        }
        String unit = unit(v);
        boolean growth = v.description().contains(self, CBEC.growthBase.asNode(), Node.ANY);
        String period = ResourcePage.object(v, self, SDMX.refPeriod.asNode())
                .flatMap(p -> v.labels().best(p.getURI())).orElse(null);
        return new ResourceModel.FigureView(ReadableFigures.zh(value, unit, growth),
                ReadableFigures.en(value, unit, growth), lexical + " xsd:decimal" + (unit == null ? "" : " " + unit),
                period == null ? null : ReadablePeriods.zh(period), period == null ? null : ReadablePeriods.en(period));
    }

    /** The value of the page's resource as read in Chinese and English, when it has a unit to read it by. */
    static Optional<String> reads(ResourceView v, BigDecimal value) {
        String unit = unit(v);
        if (unit == null) {
            return Optional.empty();
        }
        boolean growth = v.description().contains(ResourcePage.node(v.iri()), CBEC.growthBase.asNode(), Node.ANY);
        return Optional.of(ReadableFigures.zh(value, unit, growth) + " · " + ReadableFigures.en(value, unit, growth));
    }

    private static String unit(ResourceView v) {
        return ResourcePage.object(v, ResourcePage.node(v.iri()), SDMX.unitMeasure.asNode())
                .map(u -> ReadableFigures.unitCode(u.getURI())).orElse(null);
    }
}
