package org.cbeckg.server;

/**
 * A query's whole answer as it was sent: its body and the headers a client needs to read it again.
 *
 * @param contentType the result format, e.g. {@code application/sparql-results+json;charset=utf-8}
 * @param resultLimit the value of {@value ServerPaths#RESULT_LIMIT_HEADER} when the answer was cut to the cap, or null
 * @param body        the body's bytes, never changed after the answer is made
 */
record CachedAnswer(String contentType, String resultLimit, byte[] body) {

    /** Roughly what the answer costs the heap: its body and a little bookkeeping. */
    int weight() {
        return body.length + 128;
    }
}
