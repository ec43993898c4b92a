package org.cbeckg.server;

/** A link on a page: where it goes, its text, and a tooltip (may be null). */
record PageLink(String href, String text, String title) {

    PageLink(String href, String text) {
        this(href, text, null);
    }
}
