package org.cbeckg.extract.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cbeckg.lang.lexicon.Lexicon;

/**
 * Finds local bodies written as a place followed by a department suffix: 浙江省商务厅, 杭州市人民政府, 宁波海关, and
 * the media and universities a place name begins (廊坊日报, 云南大学). The places come from the place extractor; a
 * place written short (浙江) may carry its level word before the suffix (浙江省商务厅 when the mention is 浙江). A
 * suffix followed by one of its blocking continuations makes no body (云南大学生).
 *
 * <pre>{@code
 * List<BodyMatch> found = new ComposedBodyMatcher(DepartmentSuffixes.standard()).find(text, places);
 * }</pre>
 */
public final class ComposedBodyMatcher {

    private static final Lexicon LEXICON = Lexicon.of("composed-body-matcher");

    private static final List<String> LEVEL_WORDS = LEXICON.words("level-words");

    private final DepartmentSuffixes suffixes;

    public ComposedBodyMatcher(DepartmentSuffixes suffixes) {
        this.suffixes = suffixes;
    }

    public List<BodyMatch> find(String text, List<PlaceAt> places) {
        List<BodyMatch> found = new ArrayList<>();
        for (PlaceAt p : places) {
            if (ComposedBodies.canHaveDepartments(p.place())) {
                composedAfter(text, p).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    private Optional<BodyMatch> composedAfter(String text, PlaceAt p) {
        Optional<BodyMatch> direct = composedAt(text, p, p.end());
        if (direct.isPresent()) {
            return direct;
        }
        for (String level : LEVEL_WORDS) {
            if (text.startsWith(level, p.end())) {
                return composedAt(text, p, p.end() + level.length());
            }
        }
        return Optional.empty();
    }

    private Optional<BodyMatch> composedAt(String text, PlaceAt p, int suffixStart) {
        String written = text.substring(p.start(), suffixStart);
        return suffixes.longestAt(text, suffixStart)
                .filter(s -> !s.isBlockedBy(text, suffixStart + s.written().length()))
                .map(s -> new BodyMatch(
                ComposedBodies.compose(p.place(), written, s), p.start(), suffixStart + s.written().length()));
    }
}
