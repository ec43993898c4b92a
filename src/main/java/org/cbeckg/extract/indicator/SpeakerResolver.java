package org.cbeckg.extract.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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

    private static final Pattern SPEECH = Pattern.compile("^[^。！？；，\\n]{0,16}?(?:表示|说|称|指出|介绍|透露|强调|谈到"
            + "|提到|答问|回答)");
    private static final Pattern CONTINUATION = Pattern.compile("^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]"
            + "|首先|其次|再次|最后|此外|另外|同时|（[一二三四五六七八九十]）|[一二三四五六七八九十]、)");

    private record Speech(int at, int paragraph, PersonMention person) {
    }

    private final TextLayout layout;
    private final List<Speech> speeches;

    public SpeakerResolver(TextLayout layout, List<PersonMention> persons) {
        this.layout = layout;
        this.speeches = speeches(layout, persons);
    }

    /** The speaker of a figure starting at {@code at}, or null. */
    public PersonMention speakerAt(int at) {
        TextLayout.Range current = layout.paragraphAt(at);
        PersonMention found = lastIn(current.paragraph(), at);
        int index = current.paragraph();
        while (found == null && index > 0) {
            boolean continues = CONTINUATION.matcher(layout.textOf(layout.paragraphs().get(index))).find();
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
        int last = -1;
        for (Speech s : speeches) {
            if (s.paragraph() < paragraph && s.person().name().equals(person.name())) {
                last = s.paragraph();
            }
        }
        return last;
    }

    private PersonMention lastIn(int paragraph, int before) {
        PersonMention last = null;
        for (Speech s : speeches) {
            if (s.paragraph() == paragraph && s.at() < before) {
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
                if (SPEECH.matcher(text).region(after, text.length()).find()) {
                    out.add(new Speech(i, layout.paragraphAt(i).paragraph(), p));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return List.copyOf(out);
    }
}
