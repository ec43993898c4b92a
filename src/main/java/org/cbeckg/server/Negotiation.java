package org.cbeckg.server;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Picks a document's representation: {@code ?format=} wins, else the {@code Accept} header, else Turtle. Turtle is
 * offered first, so {@code curl} (which accepts anything) gets Turtle and a browser, which names text/html, gets HTML.
 *
 * <pre>{@code
 * Optional<RdfFormat> f = Negotiation.choose(request); // empty: nothing acceptable (406) or a bad ?format
 * }</pre>
 */
final class Negotiation {

    private static final AcceptList OFFERED = AcceptList.create("text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml", "text/html", "application/json");

    private Negotiation() {
    }

    static Optional<RdfFormat> choose(HttpServletRequest req) {
        String forced = req.getParameter("format");
        if (forced != null) {
            return RdfFormat.byName(forced);
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(RdfFormat.TURTLE);
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), OFFERED);
        } catch (RuntimeException e) {
            return Optional.of(RdfFormat.TURTLE);
        }
        return chosen == null ? Optional.empty() : RdfFormat.byMediaType(chosen.getContentTypeStr());
    }
}
