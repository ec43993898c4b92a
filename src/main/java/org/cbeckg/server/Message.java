package org.cbeckg.server;

/** A page that only says something: a heading, a sentence, and a code or IRI it is about (may be null). */
public record Message(String title, String text, String code) {

    /** The whole page, for a servlet to send. */
    public String page() {
        return Pages.render("server/message.jte", this);
    }
}
