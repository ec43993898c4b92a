package org.cbeckg.model;

import java.util.Objects;

import org.cbeckg.article.Span;

/**
 * A named person with the post they hold at the article's date.
 *
 * @param post          the post as the article words it ({@code 新闻发言人}, {@code 副部长}, {@code 记者}, {@code 责任编辑})
 * @param organization  the body the post belongs to, or null (editors, experts)
 * @param evidence      the clause naming the person, e.g. {@code 商务部新闻发言人高峰}
 */
public record PersonMention(String name, String post, Organization organization, PersonKind kind, Span evidence)
        implements Fact {
    public PersonMention {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(evidence);
    }
}
