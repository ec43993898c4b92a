package org.cbeckg.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/** The representations a linked-data document is offered in, with the {@code ?format=} names that force one. */
enum RdfFormat {
    TURTLE("text/turtle", Lang.TURTLE, "ttl", "turtle"),
    JSONLD("application/ld+json", Lang.JSONLD, "jsonld", "json-ld", "json"),
    NTRIPLES("application/n-triples", Lang.NTRIPLES, "nt", "ntriples", "n-triples"),
    RDFXML("application/rdf+xml", Lang.RDFXML, "rdf", "rdfxml", "xml"),
    HTML("text/html", null, "html");

    private final String mediaType;
    private final Lang lang;
    private final String[] names;

    RdfFormat(String mediaType, Lang lang, String... names) {
        this.mediaType = mediaType;
        this.lang = lang;
        this.names = names;
    }

    String mediaType() {
        return mediaType;
    }

    /** The RDF syntax, or null for HTML. */
    Lang lang() {
        return lang;
    }

    String contentType() {
        return mediaType + ";charset=utf-8";
    }

    static Optional<RdfFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> Arrays.asList(f.names).contains(n)).findFirst();
    }

    static Optional<RdfFormat> byMediaType(String mediaType) {
        if ("application/json".equals(mediaType)) {
            return Optional.of(JSONLD);
        }
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }
}
