package org.cbeckg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Small SPARQL conveniences over the store's dataset: run a SELECT in a read transaction, get the rows. */
public final class Sparql {

    private Sparql() {
    }

    /** The rows of a SELECT, materialised inside a read transaction of its own (or the caller's). */
    public static List<QuerySolution> select(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<QuerySolution> rows = new ArrayList<>();
                // TDB resolves nodes lazily: copy every value while the transaction is still open.
                rs.forEachRemaining(row -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    rows.add(copy);
                });
                return rows;
            }
        });
    }

    /**
     * Hands each row of a SELECT to {@code row} as it comes, inside a read transaction: for answers too large to hold.
     * A row's nodes are valid only during the call.
     */
    public static void forEach(DatasetGraph dataset, String query, Consumer<QuerySolution> row) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                qe.execSelect().forEachRemaining(row);
            }
        });
    }

    public static boolean ask(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                return qe.execAsk();
            }
        });
    }
}
