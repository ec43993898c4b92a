package org.cbeckg.extract.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cbeckg.extract.bodies.BodiesInText;
import org.cbeckg.extract.bodies.BodyMatch;
import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;
import org.cbeckg.model.PersonKind;

/**
 * Finds editors in the credit lines at the foot of an article: 责任编辑：李跃群 图片编辑：蒋立冬 ; 责任编辑：吴剑 SF031 ;
 * （编辑 张三）; 每经编辑 孙磊. The role must be followed by a colon, stand in brackets followed by a space, or follow
 * a medium's name and be followed by a space, so that 编辑 in running text (编辑出版, 编辑部) is not read as a credit.
 * Staff codes after a name are left out. Editors get no body, except the medium their credit names (每经编辑 →
 * 每日经济新闻).
 *
 * <pre>{@code
 * List<PersonFound> editors = new EditorLineReader(Posts.standard(), finder).read(bodiesInText);
 * }</pre>
 */
public final class EditorLineReader {

    private final Posts posts;
    private final NameFinder names;

    public EditorLineReader(Posts posts, NameFinder names) {
        this.posts = posts;
        this.names = names;
    }

    public List<PersonFound> read(BodiesInText in) {
        String text = in.text();
        List<PersonFound> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            Optional<Post> post = posts.longestAt(text, i).filter(p -> p.role() == Post.Role.EDITOR);
            if (post.isEmpty()) {
                continue;
            }
            List<PersonFound> credited = credit(in, i, post.get());
            found.addAll(credited);
            i += credited.isEmpty() ? 0 : post.get().length() - 1;
        }
        return List.copyOf(found);
    }

    private List<PersonFound> credit(BodiesInText in, int postStart, Post post) {
        String text = in.text();
        int after = postStart + post.length();
        Optional<BodyMatch> medium = mediumEndingAt(in, postStart);
        boolean mediumCredit = medium.isPresent() && after < text.length()
                && Character.isWhitespace(text.charAt(after));
        if (!mediumCredit && !isCreditLabel(text, postStart, after)) {
            return List.of();
        }
        Organization org = medium.map(BodyMatch::organization).orElse(null);
        int start = medium.map(BodyMatch::start).orElse(postStart);
        int namesStart = BylineReader.skipColonAndSpaces(text, after);
        return NameList.readAt(names, text, namesStart).map(list -> list.names().stream()
                .map(n -> new PersonFound(n.name(), post.title(), org, PersonKind.EDITOR, start,
                        n.start() + n.name().length()))
                .toList()).orElse(List.of());
    }

    /** The medium whose name ends right where the role starts (每经 + 编辑). */
    private static Optional<BodyMatch> mediumEndingAt(BodiesInText in, int index) {
        return in.bodiesEndingAt(index).stream()
                .filter(b -> b.organization().kind() == OrganizationKind.MEDIA).findFirst();
    }

    private static boolean isCreditLabel(String text, int postStart, int after) {
        if (after >= text.length()) {
            return false;
        }
        char next = text.charAt(after);
        boolean bracketed = postStart > 0 && "（(【[".indexOf(text.charAt(postStart - 1)) >= 0;
        return next == '：' || next == ':' || (bracketed && Character.isWhitespace(next));
    }
}
