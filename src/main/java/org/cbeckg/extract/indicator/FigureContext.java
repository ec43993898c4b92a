package org.cbeckg.extract.indicator;

import java.util.Objects;

import org.cbeckg.lang.number.Quantity;

/**
 * A figure with the text around it that names its measure, in chars of {@code sentence}.
 *
 * @param sentence     the figure's sentence up to the end of its clause
 * @param clauseStart  where the figure's clause starts
 * @param figureStart  where the figure (without hedge words) starts
 * @param figureEnd    where the figure's unit ends
 * @param cbec         the paragraph is about cross-border e-commerce
 * @param placeFreeHead the clause before the figure with place names removed ({@code 其中有、} for
 *                      {@code 其中金华市有金华、义乌}), to tell a clause that names what it counts from one that
 *                      leaves it to the clause before
 */
public record FigureContext(Quantity quantity, String sentence, int clauseStart, int figureStart, int figureEnd,
                            boolean cbec, String placeFreeHead) {
    public FigureContext {
        Objects.requireNonNull(quantity);
        Objects.requireNonNull(sentence);
    }

    /** The clause before the figure: {@code 全省实现跨境电商进出口} for {@code 3302.9亿元}. */
    public String head() {
        return sentence.substring(clauseStart, figureStart);
    }

    /** The clause after the figure: {@code 国家、行业等标准} for {@code 41项}. */
    public String tail() {
        return sentence.substring(figureEnd);
    }
}
