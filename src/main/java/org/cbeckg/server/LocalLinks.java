package org.cbeckg.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.cbeckg.vocab.CBEC;

/**
 * Where a page links an IRI to. IRIs minted under the store's base are served here at the same path (a deployment
 * with its own domain maps its base to this server's root), so they link by path and work on any host and port.
 * Ontology terms get this server's page for them; any other IRI links out as it is.
 */
final class LocalLinks {

    /** Things (non-information resources) are named under this path; each answers 303 to its document. */
    static final String THINGS = "/id/";
    /** The document describing the thing of the same path under {@link #THINGS}. */
    static final String DOCUMENTS = "/doc/";

    private final String base;

    LocalLinks(String base) {
        this.base = base;
    }

    String href(String iri) {
        if (iri.startsWith(base)) {
            return "/" + iri.substring(base.length());
        }
        if (iri.startsWith(CBEC.NS)) {
            return ServerPaths.RESOURCE + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        }
        return iri;
    }

    /** Where the document about {@code iri} is: its {@link #href} with a thing's path turned into its document's. */
    String document(String iri) {
        String h = href(iri);
        return h.startsWith(THINGS) ? DOCUMENTS + h.substring(THINGS.length()) : h;
    }

    /**
     * The IRI a request path stands for: {@code /id/zone/330700} and its document {@code /doc/zone/330700} stand
     * for {@code {base}id/zone/330700}.
     */
    String iriOf(String path) {
        String p = path.startsWith(DOCUMENTS) ? THINGS + path.substring(DOCUMENTS.length()) : path;
        return base + (p.startsWith("/") ? p.substring(1) : p);
    }

    String base() {
        return base;
    }
}
