package org.cbeckg.server;

import java.time.Duration;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.cbeckg.server.regex.PatternGuard;

/**
 * The per-dataset query settings that make a public endpoint safe: a timeout that cancels a runaway query (503),
 * pattern matching that the timeout can stop ({@link PatternGuard}: without it one {@code REGEX} over a long text
 * holds a core for hours), and SERVICE switched off, since ARQ allows federated calls by default and an open
 * endpoint would then fetch any URL it is given (Fuseki answers 422 and makes no call).
 *
 * <pre>{@code QuerySafety.apply(store.dataset().getContext(), Duration.ofSeconds(5));}</pre>
 */
final class QuerySafety {

    private QuerySafety() {
    }

    static void apply(Context context, Duration timeout) {
        // Milliseconds for the whole query; a client's ?timeout= may lower it, never raise it.
        context.set(ARQ.queryTimeout, String.valueOf(timeout.toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        PatternGuard.install(context);
    }
}
