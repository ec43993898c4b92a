package org.cbeckg.server;

import org.cbeckg.vocab.CBEC;

/**
 * Where a page links an IRI to. IRIs minted under the store's base are served here at the same path (a deployment
 * with its own domain maps its base to this server's root), so they link by path and work on any host and port.
 * Ontology terms get this server's page for them; any other IRI links out as it is.
 */
final class LocalLinks {

    private final String base;

    LocalLinks(String base) {
        this.base = base;
    }

    String href(String iri) {
        if (iri.startsWith(base)) {
            return "/" + iri.substring(base.length());
        }
        if (iri.startsWith(CBEC.NS)) {
            return ServerPaths.RESOURCE + "?iri=" + Html.urlParam(iri);
        }
        return iri;
    }

    /** The IRI a request path stands for: {@code /id/zone/330700} → {@code {base}id/zone/330700}. */
    String iriOf(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    String base() {
        return base;
    }
}
