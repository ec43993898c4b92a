package org.cbeckg.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * Jena's own Fuseki over a TDB2 database, set up the way a user of plain Jena would, with no CBEC-KG code in the
 * query path: the union of the named graphs as the default graph, a query timeout, read-only, on loopback. The
 * benchmark runs it in a child JVM over the store's database, beside CBEC-KG's server, to compare the two on the
 * same data and queries. There is no full-text index here, so {@code text:query} finds nothing or fails.
 *
 * <pre>
 * java -Xmx512m -cp target/cbec-kg.jar org.cbeckg.bench.PlainFuseki DATA/gen-0001/tdb2 3031 5
 * </pre>
 */
public final class PlainFuseki {

    /** The dataset's name: {@code /kg/sparql} is the endpoint, as on CBEC-KG's server. */
    static final String DATASET = "/kg";

    private PlainFuseki() {
    }

    /** Arguments: the TDB2 database folder, the port, the query timeout in seconds. */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: PlainFuseki TDB2_FOLDER PORT TIMEOUT_SECONDS");
            System.exit(2);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(args[0]);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, String.valueOf(Math.round(Double.parseDouble(args[2]) * 1000)));
        FusekiServer server = FusekiServer.create().loopback(true).port(Integer.parseInt(args[1]))
                .add(DATASET, dsg, false).build();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "plain-fuseki-stop"));
        server.start().join();
    }
}
