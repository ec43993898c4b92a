package org.cbeckg.vocab;

import java.math.BigDecimal;

import org.apache.jena.sparql.util.XSDNumUtils;

/**
 * The one lexical form the store writes and looks up an {@code xsd:decimal} in: XSD 1.0 canonical, so an integral
 * value keeps a ".0" ({@code 1980000000000.0}, {@code 1.5}, {@code 0.0}).
 *
 * <p>Why it matters: TDB2 stores a decimal inline, in its node id, with the scale it was written with, and decodes
 * an integral one as {@code 1980000000000.0}. Whatever copies quads by value (compaction, a bulk load of kept graphs,
 * an export loaded elsewhere) writes that decoded form back, with another scale and so another id; a lookup by
 * {@code "1980000000000"} then finds nothing. Measured: after {@code DatabaseMgr.compact} a 40,000-article store
 * traced no figure. The canonical form decodes to itself, so every copy keeps the id ({@code StoredDecimalTest}).
 */
public final class StoredDecimal {

    private StoredDecimal() {
    }

    public static String lexical(BigDecimal value) {
        return XSDNumUtils.stringFormatXSD10(value);
    }
}
