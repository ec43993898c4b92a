package org.cbeckg.server;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The scheme, host and port a client used to reach this server, for the few absolute URLs a page shows (the SPARQL
 * endpoint to copy). Taken from the request itself; {@code X-Forwarded-Proto}, {@code -Host} and {@code -Port} count
 * only when the server was told it runs behind a proxy, since any client can send them.
 *
 * <pre>{@code String endpoint = RequestOrigin.of(req, false) + "/kg/sparql";  // http://127.0.0.1:8080/kg/sparql}</pre>
 */
final class RequestOrigin {

    private RequestOrigin() {
    }

    static String of(HttpServletRequest req, boolean trustProxy) {
        String scheme = req.getScheme();
        String host = req.getServerName();
        int port = req.getServerPort();
        if (trustProxy) {
            scheme = first(req.getHeader("X-Forwarded-Proto"), scheme);
            String forwardedHost = first(req.getHeader("X-Forwarded-Host"), null);
            if (forwardedHost != null) {
                int colon = forwardedHost.lastIndexOf(':');
                boolean hasPort = colon > forwardedHost.lastIndexOf(']');
                host = hasPort ? forwardedHost.substring(0, colon) : forwardedHost;
                port = hasPort ? Integer.parseInt(forwardedHost.substring(colon + 1)) : defaultPort(scheme);
            }
            String forwardedPort = first(req.getHeader("X-Forwarded-Port"), null);
            port = forwardedPort == null ? port : Integer.parseInt(forwardedPort);
        }
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return scheme + "://" + h + (port == defaultPort(scheme) ? "" : ":" + port);
    }

    /** The first of a comma-separated header's values (the client's side of a chain of proxies). */
    private static String first(String header, String otherwise) {
        return header == null || header.isBlank() ? otherwise : header.split(",")[0].strip();
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
