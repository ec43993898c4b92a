package org.cbeckg.graph;

import java.util.Optional;

import org.cbeckg.model.Measure;
import org.cbeckg.model.MeasureVocabulary;

/**
 * English labels for measure concepts: from the measure vocabulary for its own labels, and by the naming pattern
 * for the labels the indicator extractor derives from them (…增速, …增长倍数, …占全国比重). Labels made up from a
 * clause have no English label.
 */
final class MeasureLabels {

    private final MeasureVocabulary vocabulary;

    MeasureLabels(MeasureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Optional<String> english(String labelZh) {
        Optional<String> own = vocabulary.byLabel(labelZh).map(Measure::labelEn).filter(s -> !s.isBlank());
        if (own.isPresent()) {
            return own;
        }
        if (labelZh.endsWith("增速变动")) {
            return base(labelZh, "增速变动").map(en -> "change in the growth rate of " + en);
        }
        if (labelZh.endsWith("增速")) {
            return base(labelZh, "增速").map(en -> "growth rate of " + en);
        }
        if (labelZh.endsWith("增长倍数")) {
            return base(labelZh, "增长倍数").map(en -> "growth multiple of " + en);
        }
        int share = labelZh.indexOf("占");
        if (share > 0 && labelZh.endsWith("比重")) {
            return base(labelZh.substring(0, share), "").map(en -> en + " as a share of the whole");
        }
        return Optional.empty();
    }

    /** The English label of the vocabulary measure the derived label starts with (its stem may lack 额). */
    private Optional<String> base(String label, String suffix) {
        String stem = label.substring(0, label.length() - suffix.length());
        return vocabulary.measures().stream()
                .filter(m -> m.labelZh().equals(stem) || m.labelZh().equals(stem + "额"))
                .map(Measure::labelEn).filter(s -> !s.isBlank()).findFirst();
    }
}
