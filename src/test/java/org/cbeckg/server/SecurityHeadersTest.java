package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every response says {@code nosniff} and carries the Content-Security-Policy: scripts and data from this server
 * only, no inline script. Pages, data, errors alike.
 */
class SecurityHeadersTest extends SampleServerTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/ui/", "/ui/app.js", "/search?q=%E9%87%91%E5%8D%8E", "/conflicts",
        "/.well-known/void", "/id/zone/330700", "/kg/sparql?query=ASK%7B%7D", "/kg/sparql?query=SELEC", "/no/such/page"})
    void everyResponseCarriesTheHeaders(String path) {
        HttpResponse<String> r = s.get(path, "text/html");
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'self'"), path + ": " + csp);
        String scripts = csp.replaceAll(".*script-src ([^;]*).*", "$1");
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), csp);
    }
}
