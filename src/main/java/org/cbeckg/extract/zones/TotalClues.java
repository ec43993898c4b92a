package org.cbeckg.extract.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.text.Segmenter;
import org.cbeckg.lang.text.TextPiece;

/**
 * Reads a national total of zones ({@code 截至目前，全国共设立跨境电商综试区132个}, {@code 我国共有…132个},
 * {@code 总数增至165个}): in an article that reports a new batch it is that batch's cumulative count; the total it adds
 * to ({@code 在已设立59个综试区的基础上，再新设46个}) is the previous batch's. A clause that
 * names a province or city ({@code 浙江共有12个综试区}) or says 全省/全市 is a local total and is skipped; so is one
 * that speaks of batches (前五批, 先后六批: read by {@link OrdinalClues}) or of the cities of one approval.
 *
 * <pre>{@code
 * List<BatchClue> totals = new TotalClues(text, places).find(sentence);
 * }</pre>
 */
final class TotalClues {

    private static final Lexicon LEXICON = Lexicon.of("total-clues");

    private static final Pattern TOTAL_VERB =
            LEXICON.pattern("total-verb");
    private static final Pattern COUNT = LEXICON.pattern("count");
    private static final Pattern NOT_NATIONAL = LEXICON.pattern("not-national");
    private static final Pattern SO_FAR = LEXICON.pattern("so-far");
    private static final Pattern BATCHES = LEXICON.pattern("batches");
    /** 在已设立59个跨境电商综试区的基础上: the total the new batch adds to. */
    private static final Pattern PRIOR = LEXICON.pattern("prior");

    private final String text;
    private final PlacesInText places;

    TotalClues(String text, PlacesInText places) {
        this.text = text;
        this.places = places;
    }

    List<BatchClue> find(TextPiece sentence) {
        List<BatchClue> out = new ArrayList<>();
        boolean soFar = false;
        for (TextPiece clause : Segmenter.clauses(text, sentence)) {
            String words = clause.of(text);
            soFar |= SO_FAR.matcher(words).find(); // 至此，我国综试区数量增至165个: the marker has its own clause
            Matcher prior = PRIOR.matcher(words);
            if (prior.find() && !places.namesSubnationalPlace(clause.start(), clause.end())) {
                out.add(new BatchClue(BatchClue.Role.PRIOR_TOTAL, null, null, ZoneWords.number(prior.group(1)), null,
                        null, List.of(), clause));
            } else if (isNationalTotal(clause, words)) {
                Matcher m = COUNT.matcher(words);
                Integer total = m.find() ? ZoneWords.number(m.group(1)) : null;
                BatchClue.Role role = soFar ? BatchClue.Role.TOTAL_SO_FAR : BatchClue.Role.NATIONAL_TOTAL;
                if (total != null) {
                    out.add(new BatchClue(role, null, null, total, null, null, List.of(), clause));
                }
            }
        }
        return out;
    }

    private boolean isNationalTotal(TextPiece clause, String words) {
        return TOTAL_VERB.matcher(words).find() && ZoneWords.ZONE.matcher(words).find()
                && !NOT_NATIONAL.matcher(words).find() && !BATCHES.matcher(words).find() && !words.contains("个城市")
                && !places.namesSubnationalPlace(clause.start(), clause.end());
    }
}
