package org.cbeckg.extract.indicator;

import org.cbeckg.lang.number.Quantity;

/**
 * Where a figure is: chars {@code [start, end)} of the normalised text, in its clause and sentence; in a table, its
 * row (then the row is its sentence).
 *
 * @param row the table row holding the figure, or null when it is in running text
 */
public record FigureSpot(Quantity q, String text, int start, int end, TextLayout.Range clause,
                         TextLayout.Range sentence, TableRows.Row row) {

    /** The clause before the figure. */
    public String head() {
        return text.substring(clause.start(), start);
    }

    /** The clause after the figure. */
    public String tail() {
        return text.substring(end, clause.end());
    }

    /** The sentence before the figure. */
    public String sentenceHead() {
        return text.substring(sentence.start(), start);
    }

    /** The sentence after the figure. */
    public String afterInSentence() {
        return text.substring(end, sentence.end());
    }

    /** The char that ends the figure's clause, or 0 at the end of the text. */
    public char clauseEnd() {
        return clause.end() < text.length() ? text.charAt(clause.end()) : 0;
    }
}
