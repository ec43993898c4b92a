package org.cbeckg.server;

/**
 * Article text around a quote, cut in three so a template marks the quote and escapes each part on its own.
 *
 * @param cutBefore whether text was left out before {@code before}
 * @param cutAfter  whether text was left out after {@code after}
 */
record Excerpt(boolean cutBefore, String before, String quote, String after, boolean cutAfter) {
}
