package org.cbeckg.derive;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.cbeckg.article.TextNormaliser;
import org.cbeckg.lang.number.Quantity;
import org.cbeckg.lang.number.QuantityGrammar;

/**
 * Reads figures with the project's Chinese number grammar ({@link QuantityGrammar}): Chinese numerals (一千六百万),
 * 分之 and 百分之 forms, full-width digits. Arabic forms go to {@link SimpleFigureParser} first, because it also keeps
 * the rounding the printed digits allow.
 */
final class GrammarFigureParser implements FigureParser {

    private final FigureParser arabic = new SimpleFigureParser();

    @Override
    public Optional<Figure> parse(String typed) {
        // A figure typed as an article in traditional script or full-width digits writes it: 1.98萬億, １５％.
        String text = typed == null ? null : TextNormaliser.standard().normalise(typed);
        Optional<Figure> simple = arabic.parse(text);
        if (simple.isPresent() || text == null) {
            return simple;
        }
        String trimmed = text.strip();
        List<Quantity> found = QuantityGrammar.scan(trimmed);
        if (found.size() != 1 || found.get(0).surfaceForm().length() != trimmed.length()) {
            return Optional.empty();
        }
        Quantity q = found.get(0);
        // A number in words is exact to its last word; half of the smallest step it could name is a fair bound.
        return Optional.of(new Figure(q.value(), Optional.ofNullable(q.unit()), new BigDecimal("0.5")));
    }
}
