package org.cbeckg.extract.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cbeckg.extract.OrganizationKind;
import org.cbeckg.extract.PersonKind;
import org.cbeckg.extract.bodies.BodiesInText;
import org.cbeckg.extract.bodies.BodyMatch;
import org.cbeckg.extract.bodies.Organization;

/**
 * Finds journalists in bylines, datelines and photo credits: 澎湃新闻记者 周頔 ; 新华社北京2月8日电（记者邹多为、于佳欣）;
 * …现场 澎湃新闻记者 周頔 摄 ; 本报记者 张三 通讯员 李四. The medium is the one named right before the role or at
 * the head of the dateline; 本报 and the like leave it unknown. A role in running text (记者了解到, 记者查询，…) is no
 * byline: a byline starts a line, follows a medium or a bracket, and its names end the line, a bracket or the credit.
 *
 * <pre>{@code
 * List<PersonFound> journalists = new BylineReader(Posts.standard(), finder).read(bodiesInText);
 * }</pre>
 */
public final class BylineReader {

    /** The most chars between a medium and a byline role: a dateline's place and date (北京2月8日电（). */
    private static final int MAX_DATELINE = 16;
    private static final List<String> OWN_MEDIUM = List.of("本报", "本刊", "本台", "本网", "本社", "本站");

    private final Posts posts;
    private final NameFinder names;

    public BylineReader(Posts posts, NameFinder names) {
        this.posts = posts;
        this.names = names;
    }

    public List<PersonFound> read(BodiesInText in) {
        List<PersonFound> found = new ArrayList<>();
        String text = in.text();
        for (int i = 0; i < text.length(); i++) {
            Optional<Post> post = posts.longestAt(text, i).filter(p -> p.role() == Post.Role.JOURNALIST);
            if (post.isPresent() && startsByline(in, i)) {
                found.addAll(byline(in, i, post.get()));
            }
        }
        return List.copyOf(found);
    }

    private boolean startsByline(BodiesInText in, int index) {
        String text = in.text();
        if (index == 0 || "\n（(【[ \u00A0/|｜".indexOf(text.charAt(index - 1)) >= 0) {
            return true;
        }
        return OWN_MEDIUM.stream().anyMatch(m -> text.startsWith(m, index - m.length()))
                || in.bodies().stream().anyMatch(b -> b.end() == index && isMedium(b));
    }

    private List<PersonFound> byline(BodiesInText in, int postStart, Post post) {
        int namesStart = skipColonAndSpaces(in.text(), postStart + post.length());
        Optional<NameList> list = NameList.readAt(names, in.text(), namesStart);
        if (list.isEmpty()) {
            return List.of();
        }
        Optional<BodyMatch> medium = in.bodyBefore(postStart, MAX_DATELINE, BylineReader::isMedium);
        Organization org = medium.map(BodyMatch::organization).orElse(null);
        int start = medium.map(BodyMatch::start).orElse(postStart);
        return list.get().names().stream().map(n -> new PersonFound(n.name(), post.title(), org,
                PersonKind.JOURNALIST, start, n.start() + n.name().length())).toList();
    }

    private static boolean isMedium(BodyMatch b) {
        return b.organization().kind() == OrganizationKind.MEDIA;
    }

    static int skipColonAndSpaces(String text, int index) {
        int i = index;
        while (i < text.length() && "：: \u00A0".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
