package org.cbeckg.article;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the commas that group a number's digits by thousands ({@code 1,234.5亿元}, {@code 12,000家}): a run of one to
 * three digits, then groups of a comma and exactly three digits. Any other comma ({@code 2021,2022}) separates
 * clauses or list items. Full-width digits may be grouped by a full-width comma too ({@code １，２３４}): whoever types
 * those types the comma full-width as well, whereas a full-width comma after ASCII digits ends a clause.
 *
 * <pre>{@code
 * ThousandsSeparators.in("1,234.5亿元");   // {1}
 * }</pre>
 */
final class ThousandsSeparators {

    private static final Pattern GROUPED = Pattern.compile("(?<![0-9０-９.．,，])(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"
            + "|[０-９]{1,3}(?:[,，][０-９]{3})+(?![０-９]))");

    private ThousandsSeparators() {
    }

    /** The char indices of the separating commas. */
    static BitSet in(String text) {
        BitSet commas = new BitSet();
        Matcher m = GROUPED.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                commas.set(i, text.charAt(i) == ',' || text.charAt(i) == '，');
            }
        }
        return commas;
    }
}
