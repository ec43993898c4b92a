package org.cbeckg.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.web.HttpSC;
import org.eclipse.jetty.http.HttpException;

/**
 * Fuseki's SPARQL query handler, made bounded and honest.
 * <ul>
 * <li>A cap on the rows: a query with no LIMIT, or a larger one, runs with {@code LIMIT cap} and the response carries
 * {@value ServerPaths#RESULT_LIMIT_HEADER}, so a client can tell a cut answer from a complete one. Without it,
 * {@code CONSTRUCT {?s ?p ?o} WHERE {?s ?p ?o}} would be a whole-store dump through the query endpoint.</li>
 * <li>Whole answers or none: SELECT and JSON results are computed to the end (at most the cap) before the first byte
 * is sent. Fuseki streams them, so a timeout after the first row gave 200 with a truncated body that only a comment
 * at its end called incomplete; now a timeout is always 503. CONSTRUCT and DESCRIBE are already built whole.</li>
 * <li>A limit on nesting ({@link QueryNesting}): a query nested deeper gets 400 saying so, not a 500 from an
 * exhausted stack or half a minute of planning no timeout stops.</li>
 * <li>A chunked query body cut off at the server's request limit is the client's 413, not Fuseki's 500.</li>
 * <li>A limit on queries evaluated at once ({@link QueryGate}): the next ones wait for a turn, at most the timeout,
 * then get 503 with {@code Retry-After}.</li>
 * </ul>
 *
 * <pre>{@code builder.registerOperation(Operation.Query, new CappedQueryService(10_000, gate));}</pre>
 */
final class CappedQueryService extends SPARQL_QueryDataset {

    private static final String TOO_DEEP = "The query is nested too deeply for this server to parse or evaluate: "
            + "flatten its groups or expressions.";

    private final long cap;
    private final QueryGate gate;

    CappedQueryService(long cap, QueryGate gate) {
        this.cap = cap;
        this.gate = gate;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (!gate.enter()) {
            action.setResponseHeader("Retry-After", String.valueOf(Math.max(1, gate.waitLimit().toSeconds())));
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "The server is busy: no running query finished in the "
                    + gate.waitLimit().toMillis() / 1000.0 + " s this one waited for its turn. Try again shortly.");
        }
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(TOO_DEEP);
        } catch (ActionErrorException e) {
            // ARQ's parser overflows first on deeply nested expressions, and reports it as a parse error whose whole
            // message is the error's name.
            if (e.getRC() == HttpSC.BAD_REQUEST_400 && e.getMessage() != null
                    && e.getMessage().strip().equals(StackOverflowError.class.getSimpleName())) {
                ServletOps.errorBadRequest(TOO_DEEP);
            }
            throw e;
        } finally {
            gate.leave();
        }
    }

    /**
     * A chunked body over the server's request limit is cut off by Jetty while Fuseki reads it, which Fuseki reports
     * as a 500; it is the client's 413.
     */
    @Override
    protected void executeBody(HttpAction action) {
        try {
            super.executeBody(action);
        } catch (ActionErrorException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof HttpException h && h.getCode() == HttpSC.PAYLOAD_TOO_LARGE_413) {
                    ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "The request body is larger than this server "
                            + "accepts: " + h.getReason());
                }
            }
            throw e;
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        int depth = QueryNesting.depth(query);
        if (depth > QueryNesting.LIMIT) {
            ServletOps.errorBadRequest("The query nests groups or expressions " + depth + " levels deep; this server "
                    + "evaluates at most " + QueryNesting.LIMIT + ".");
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > cap)) {
            q.setLimit(cap);
            action.setResponseHeader(ServerPaths.RESULT_LIMIT_HEADER, String.valueOf(cap));
        }
        return decided;
    }

    /** Runs the query to its end here, inside the timeout, so that a timeout is a 503 and never a cut 200. */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query requestQuery, String log) {
        if (requestQuery.isSelectType()) {
            return new QueryExecResult(exec.select().materialize());
        }
        if (requestQuery.isJsonType()) {
            List<JsonObject> items = new ArrayList<>();
            Iterator<JsonObject> it = exec.execJsonItems();
            it.forEachRemaining(items::add);
            return new QueryExecResult(items.iterator());
        }
        return super.executeQuery(action, exec, requestQuery, log);
    }
}
