package org.cbeckg.extract.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cbeckg.extract.PersonKind;

/**
 * Finds editors in the credit lines at the foot of an article: 责任编辑：李跃群 图片编辑：蒋立冬 ; 责任编辑：吴剑 SF031 ;
 * （编辑 张三）. The role must be followed by a colon, or stand in brackets followed by a space, so that 编辑 in
 * running text (编辑出版, 编辑部) is not read as a credit. Staff codes after a name are left out. Editors get no body.
 *
 * <pre>{@code
 * List<PersonFound> editors = new EditorLineReader(Posts.standard(), finder).read(text);
 * }</pre>
 */
public final class EditorLineReader {

    private final Posts posts;
    private final NameFinder names;

    public EditorLineReader(Posts posts, NameFinder names) {
        this.posts = posts;
        this.names = names;
    }

    public List<PersonFound> read(String text) {
        List<PersonFound> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            Optional<Post> post = posts.longestAt(text, i).filter(p -> p.role() == Post.Role.EDITOR);
            if (post.isEmpty()) {
                continue;
            }
            List<PersonFound> credited = credit(text, i, post.get());
            found.addAll(credited);
            i += credited.isEmpty() ? 0 : post.get().length() - 1;
        }
        return List.copyOf(found);
    }

    private List<PersonFound> credit(String text, int postStart, Post post) {
        int after = postStart + post.length();
        if (!isCreditLabel(text, postStart, after)) {
            return List.of();
        }
        int namesStart = BylineReader.skipColonAndSpaces(text, after);
        return NameList.readAt(names, text, namesStart).map(list -> list.names().stream()
                .map(n -> new PersonFound(n.name(), post.title(), null, PersonKind.EDITOR, postStart,
                        n.start() + n.name().length()))
                .toList()).orElse(List.of());
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
