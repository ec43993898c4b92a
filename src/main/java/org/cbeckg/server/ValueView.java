package org.cbeckg.server;

import java.util.List;

/**
 * One value in a property table, ready to show: a link (IRI), a literal (with its language or datatype), a long
 * literal folded away, a nested table (blank node), or a figure read as a person reads it with the exact value
 * one click away.
 *
 * @param exact  for a figure, the exact lexical value and datatype; else null
 * @param nested for a blank node, its rows; else empty
 */
record ValueView(Kind kind, String text, String href, String title, String suffix, String exact,
                 List<PropertyRow> nested) {

    enum Kind { LINK, LITERAL, LONG, FIGURE, NESTED, BNODE }

    static ValueView link(String href, String text, String title) {
        return new ValueView(Kind.LINK, text, href, title, null, null, List.of());
    }

    boolean is(String kind) {
        return this.kind.name().equalsIgnoreCase(kind);
    }

    /** The first characters of a long literal, shown while it is folded. */
    String head() {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
