package org.cbeckg.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query handler with a cap on the rows a query returns. A query with no LIMIT, or a larger one, runs
 * with {@code LIMIT cap} and the response carries {@value ServerPaths#RESULT_LIMIT_HEADER}, so a client can tell a
 * cut answer from a complete one. Without it, {@code CONSTRUCT {?s ?p ?o} WHERE {?s ?p ?o}} would be a whole-store
 * dump through the query endpoint.
 *
 * <pre>{@code builder.registerOperation(Operation.Query, new CappedQueryService(10_000));}</pre>
 */
final class CappedQueryService extends SPARQL_QueryDataset {

    private final long cap;

    CappedQueryService(long cap) {
        this.cap = cap;
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
}
