package org.cbeckg.extract.persons;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cbeckg.model.body.ResourceTable;

/**
 * The list of posts, matched longest first at a position of the text. Immutable; {@link #standard()} is read once
 * from {@code /persons/posts.tsv}.
 *
 * <pre>{@code
 * Posts.standard().longestAt("商务部副部长盛秋平", 3);   // 副部长, official
 * }</pre>
 */
public final class Posts {

    public static final String STANDARD_RESOURCE = "/persons/posts.tsv";

    private final Map<String, Post> byTitle;
    private final int longest;

    private Posts(Map<String, Post> byTitle) {
        this.byTitle = Map.copyOf(byTitle);
        this.longest = byTitle.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static Posts standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Posts INSTANCE = of(ResourceTable.read(STANDARD_RESOURCE));
    }

    static Posts of(List<ResourceTable.Row> rows) {
        Map<String, Post> byTitle = new HashMap<>();
        for (ResourceTable.Row row : rows) {
            Post p = new Post(row.get("post"), Post.Role.valueOf(row.get("role").toUpperCase(Locale.ROOT)),
                    "yes".equals(row.get("weak")));
            if (byTitle.put(p.title(), p) != null) {
                throw new IllegalStateException("line " + row.line() + ": duplicate post " + p.title());
            }
        }
        return new Posts(byTitle);
    }

    /** The longest post starting at char {@code index}. */
    public Optional<Post> longestAt(String text, int index) {
        for (int end = Math.min(text.length(), index + longest); end > index; end--) {
            Post p = byTitle.get(text.substring(index, end));
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The longest post ending at char {@code end}. */
    public Optional<Post> longestEndingAt(String text, int end) {
        for (int start = Math.max(0, end - longest); start < end; start++) {
            Post p = byTitle.get(text.substring(start, end));
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public Optional<Post> byTitle(String title) {
        return Optional.ofNullable(byTitle.get(title));
    }
}
