package org.cbeckg.extract.bodies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;

/**
 * Finds the bodies outside the curated lists that news names by the kind word ending their name: companies
 * (…供应链管理有限公司, …实业集团), associations and chambers (…跨境电子商务行业协会, …进出口商会), alliances
 * (…产业联盟) and committees (…跨境电商专委会); and a listed brokerage by its short name where its research is cited
 * (某某证券发布的研报, 某某证券首席分析师). The name starts at the place that opens it (宁波…有限公司, 香港…协会)
 * or, lacking one, right after the last word that cannot be part of a name (以总部位于深圳的华鼎优品集团为例 →
 * 华鼎优品集团); a generic head (该集团, 行业协会, 子公司) or a name too short without a place (希望协会) is none. Each
 * is a body of kind other, named as written (in the view, so simplified), with the place that opens it.
 *
 * <pre>{@code
 * new NamedByKindMatcher().find("会上，宁波某某供应链管理有限公司分享了经验", places);
 * // 宁波某某供应链管理有限公司 (other), place 330200
 * }</pre>
 */
public final class NamedByKindMatcher {

    private static final Lexicon LEXICON = Lexicon.of("named-by-kind-matcher");

    private static final List<String> KIND_WORDS = LEXICON.words("kind-words").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final Pattern BLOCKED_AFTER = LEXICON.pattern("blocked-after");
    private static final Pattern NAME_CHARS = LEXICON.pattern("name-chars");
    private static final List<String> CUTS = LEXICON.words("cuts");
    private static final Pattern GENERIC_HEADS = LEXICON.pattern("generic-heads");
    private static final int MIN_UNPLACED = Integer.parseInt(LEXICON.text("min-unplaced"));
    private static final int MAX_NAME = Integer.parseInt(LEXICON.text("max-name"));
    private static final String BROKERAGE_WORD = LEXICON.text("brokerage-word");
    private static final Pattern BROKERAGE_CONTEXT = LEXICON.pattern("brokerage-context");
    private static final Pattern BROKERAGE_NAME = LEXICON.pattern("brokerage-name");

    public List<BodyMatch> find(String text, List<PlaceAt> places) {
        List<BodyMatch> found = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            int at = i;
            Optional<String> kind = KIND_WORDS.stream().filter(w -> text.startsWith(w, at)).findFirst();
            if (kind.isPresent() && !BLOCKED_AFTER.matcher(text).region(at + kind.get().length(), text.length())
                    .lookingAt()) {
                named(text, at, at + kind.get().length(), places, MIN_UNPLACED).ifPresent(found::add);
                i += kind.get().length() - 1;
            } else if (text.startsWith(BROKERAGE_WORD, at) && BROKERAGE_CONTEXT.matcher(text)
                    .region(at + BROKERAGE_WORD.length(), text.length()).lookingAt()) {
                named(text, at, at + BROKERAGE_WORD.length(), List.of(), 0)
                        .filter(b -> BROKERAGE_NAME.matcher(text.substring(b.start(), at)).matches())
                        .ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /** The body whose kind word is {@code [kindStart, end)}, named from where its name starts. */
    private static Optional<BodyMatch> named(String text, int kindStart, int end, List<PlaceAt> places,
                                             int minUnplaced) {
        int start = afterLastCut(text, nameStart(text, kindStart), kindStart);
        Optional<PlaceAt> opener = places.stream().filter(p -> p.start() >= start && p.end() <= kindStart)
                .min(Comparator.comparingInt(PlaceAt::start));
        int from = opener.map(PlaceAt::start).orElse(start);
        String head = text.substring(from, kindStart);
        if (head.isEmpty() || GENERIC_HEADS.matcher(head).lookingAt()
                || opener.isEmpty() && head.length() < minUnplaced) {
            return Optional.empty();
        }
        String name = text.substring(from, end);
        return Optional.of(new BodyMatch(new Organization("org-" + SubUnitMatcher.shortHash(name), name, name,
                List.of(), null, OrganizationKind.OTHER, null, opener.map(p -> p.place().id()).orElse(null)),
                from, end));
    }

    /** Where the run of name characters before {@code kindStart} begins, at most {@link #MAX_NAME} back. */
    private static int nameStart(String text, int kindStart) {
        int i = kindStart;
        while (i > 0 && kindStart - i < MAX_NAME && NAME_CHARS.matcher(text.substring(i - 1, i)).matches()) {
            i--;
        }
        return i;
    }

    /** Right after the last word of {@link #CUTS} in {@code [from, to)}, else {@code from}. */
    private static int afterLastCut(String text, int from, int to) {
        int start = from;
        for (String cut : CUTS) {
            int at = text.lastIndexOf(cut, to - 1);
            if (at >= from && at + cut.length() <= to) {
                start = Math.max(start, at + cut.length());
            }
        }
        return start;
    }
}
