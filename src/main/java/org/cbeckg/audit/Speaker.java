package org.cbeckg.audit;

/**
 * Who an article says stated a figure.
 *
 * @param post          the post as the article words it, or null
 * @param organization  the body the post belongs to, or null
 */
public record Speaker(String name, String post, String organization) {

    /** 高峰, 新闻发言人, 商务部 */
    public String describe() {
        StringBuilder sb = new StringBuilder(name);
        if (post != null) {
            sb.append(", ").append(post);
        }
        if (organization != null) {
            sb.append(", ").append(organization);
        }
        return sb.toString();
    }
}
