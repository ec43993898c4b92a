package org.cbeckg.extract.persons;

import java.util.Objects;

import org.cbeckg.model.PersonKind;

/**
 * A post or role that stands before a name: 副部长, 新闻发言人, 教授, 记者, 责任编辑.
 *
 * @param title  as written
 * @param weak   true for a rank or side title (党组成员, 博士生导师): a stronger post in the same chain wins
 */
public record Post(String title, Role role, boolean weak) {

    /** The role a post implies. */
    public enum Role {
        OFFICIAL(PersonKind.OFFICIAL),
        EXPERT(PersonKind.EXPERT),
        JOURNALIST(PersonKind.JOURNALIST),
        EDITOR(PersonKind.EDITOR),
        BUSINESS(PersonKind.OTHER);

        private final PersonKind kind;

        Role(PersonKind kind) {
            this.kind = kind;
        }

        public PersonKind kind() {
            return kind;
        }
    }

    public Post {
        Objects.requireNonNull(title);
        Objects.requireNonNull(role);
    }

    public int length() {
        return title.length();
    }
}
