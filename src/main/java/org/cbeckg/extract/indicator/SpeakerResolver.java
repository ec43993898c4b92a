package org.cbeckg.extract.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.text.SortedLists;
import org.cbeckg.model.PersonKind;
import org.cbeckg.model.PersonMention;

/**
 * The official a figure is attributed to: the last person whose name is followed by a speech verb ({@code 高峰表示},
 * {@code 盛秋平在谈及…时表示}) earlier in the figure's paragraph, else in the paragraph before; enumerated paragraphs
 * ({@code 一是…}, {@code 三是…}) continue the speech, so the search walks back through them. Journalists and
 * editors never speak figures.
 *
 * <pre>{@code
 * SpeakerResolver speakers = new SpeakerResolver(layout, upstream.persons());
 * PersonMention speaker = speakers.speakerAt(figureCharStart);
 * }</pre>
 */
public final class SpeakerResolver {

    private static final Lexicon LEXICON = Lexicon.of("speaker-resolver");

    private static final Pattern SPEECH = LEXICON.pattern("speech");
    private static final Pattern CONTINUATION = LEXICON.pattern("continuation");

    private record Speech(int at, int paragraph, PersonMention person) {
    }

    private final TextLayout layout;
    private final List<Speech> speeches;
    private final Map<Integer, List<Speech>> byParagraph;
    private final Map<String, List<Speech>> byName;

    public SpeakerResolver(TextLayout layout, List<PersonMention> persons) {
        this.layout = layout;
        this.speeches = speeches(layout, persons);
        this.byParagraph = speeches.stream().collect(Collectors.groupingBy(Speech::paragraph));
        this.byName = speeches.stream().collect(Collectors.groupingBy(s -> s.person().name()));
    }

    /** The speaker of a figure starting at {@code at}, or null. */
    public PersonMention speakerAt(int at) {
        TextLayout.Range current = layout.paragraphAt(at);
        PersonMention found = lastIn(current.paragraph(), at);
        int index = current.paragraph();
        while (found == null && index > 0) {
            boolean continues = CONTINUATION.matcher(layout.textOf(layout.paragraphs().get(index))).lookingAt();
            index--;
            found = lastIn(index, Integer.MAX_VALUE);
            if (!continues) {
                break;
            }
        }
        return found;
    }

    /** The last paragraph before {@code paragraph} in which {@code person} speaks, or -1. */
    public int lastParagraphOf(PersonMention person, int paragraph) {
        List<Speech> said = byName.getOrDefault(person.name(), List.of());
        int at = SortedLists.firstAtLeast(said, Speech::paragraph, paragraph);   // speeches are in text order
        return at == 0 ? -1 : said.get(at - 1).paragraph();
    }

    private PersonMention lastIn(int paragraph, int before) {
        PersonMention last = null;
        for (Speech s : byParagraph.getOrDefault(paragraph, List.of())) {
            if (s.at() < before) {
                last = s.person();
            }
        }
        return last;
    }

    private static List<Speech> speeches(TextLayout layout, List<PersonMention> persons) {
        Map<String, PersonMention> speakers = new LinkedHashMap<>();
        for (PersonMention p : persons) {
            if (p.kind() != PersonKind.JOURNALIST && p.kind() != PersonKind.EDITOR && !p.name().isEmpty()) {
                speakers.putIfAbsent(p.name(), p);
            }
        }
        String text = layout.text();
        List<Speech> out = new ArrayList<>();
        for (PersonMention p : speakers.values()) {
            for (int i = text.indexOf(p.name()); i >= 0; i = text.indexOf(p.name(), i + 1)) {
                int after = i + p.name().length();
                if (SPEECH.matcher(text).region(after, text.length()).lookingAt()) {
                    out.add(new Speech(i, layout.paragraphAt(i).paragraph(), p));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return List.copyOf(out);
    }
}
