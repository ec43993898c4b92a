package org.cbeckg.extract.indicator;

import java.util.Optional;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.MeasureCue;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.MeasureVocabulary;
import org.cbeckg.model.ShareWhole;

/**
 * Reads what a share is taken of from the words that name it after 占: another measure (货物贸易进出口总值 → goods
 * trade), the same measure's total over a wider place (全国; 全省跨境电商进出口 for a city's cross-border trade), or
 * nothing stated (占比).
 *
 * <pre>{@code
 * Optional<ShareWhole> w = new ShareWholeReader(vocabulary).read("全国", part);   // the national total
 * }</pre>
 */
public final class ShareWholeReader {

    private static final Pattern CBEC = Lexicon.of("share-whole-reader").pattern("cross-border");

    private final MeasureVocabulary vocabulary;

    public ShareWholeReader(MeasureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param whole  the words naming the whole (全国, 全省跨境电商进出口, 货物贸易进出口总值); empty for 占比
     * @param part   the level the share is of, or null when the vocabulary lacks it
     */
    public Optional<ShareWhole> read(String whole, MeasureKey part) {
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        boolean cbec = CBEC.matcher(whole).find();
        Optional<MeasureKey> named = vocabulary.best(new MeasureVocabulary.Query(whole, 0, whole.length(),
                whole.length(), whole.length(), m -> part == null ? !m.unit().equals("percent")
                        : m.unit().equals(part.base().unit()), cbec)).map(MeasureCue::measure);
        Optional<ShareWhole> place = vocabulary.wholeLevel(whole).map(ShareWhole::of);
        if (named.isPresent() && part != null && named.get().equals(part.level())) {
            return place;   // 占全省跨境电商进出口的: the same measure, over a wider place
        }
        return named.map(ShareWhole::of).or(() -> place);
    }
}
