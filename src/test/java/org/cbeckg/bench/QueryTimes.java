package org.cbeckg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.system.Txn;
import org.cbeckg.audit.FigureTracer;
import org.cbeckg.audit.TraceRequest;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.vocab.Vocabularies;

/**
 * Prints how long each shipped query ({@code queries/**}{@code /*.rq}) takes alone on one store, opened once: the
 * median of three runs after one warm-up, and the rows it returns, then the same for the {@code /trace} lookup. Both
 * wall-clock and CPU time of the running thread (ARQ pulls results in the caller's thread): on a shared machine the
 * CPU time is the steadier figure. Not a unit test (times depend on the machine): run it by hand after
 * {@code mvn package}:
 *
 * <pre>
 * java -cp target/cbec-kg.jar:target/test-classes org.cbeckg.bench.QueryTimes STORE [QUERIES_DIR] [TIMEOUT_SECONDS]
 * </pre>
 */
public final class QueryTimes {

    private static final int RUNS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        Path storeDir = Path.of(args[0]);
        Path queries = Path.of(args.length > 1 ? args[1] : "queries");
        long timeout = args.length > 2 ? Long.parseLong(args[2]) : 30;
        List<Path> files;
        try (Stream<Path> all = Files.walk(queries)) {
            files = all.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        try (KnowledgeStore store = KnowledgeStore.openExisting(storeDir)) {
            System.out.printf("%-40s %8s %8s %8s%n", "query", "ms", "cpu ms", "rows");
            for (Path f : files) {
                Query q = parse(Files.readString(f, StandardCharsets.UTF_8));
                print(queries.relativize(f).toString(), () -> run(store, q, timeout));
            }
            TraceRequest trace = TraceRequest.of("1.98万亿", FigureParser.standard(), null, null, null);
            print("/trace 1.98万亿", () -> new FigureTracer(store).find(trace).size());
        }
    }

    private static void print(String name, IntSupplier run) {
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        int rows = -1;
        try {
            run.getAsInt();
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                long c = THREADS.getCurrentThreadCpuTime();
                rows = run.getAsInt();
                cpu.add((THREADS.getCurrentThreadCpuTime() - c) / 1_000_000);
                wall.add((System.nanoTime() - t) / 1_000_000);
            }
            wall.sort(null);
            cpu.sort(null);
            System.out.printf("%-40s %8d %8d %8d%n", name, wall.get(RUNS / 2), cpu.get(RUNS / 2), rows);
        } catch (QueryCancelledException e) {
            System.out.printf("%-40s %8s %8s %8s%n", name, "timeout", "-", "-");
        }
    }

    private static Query parse(String text) {
        Query q = new Query();
        q.getPrologue().setPrefixMapping(new PrefixMappingImpl().setNsPrefixes(Vocabularies.prefixes()));
        return QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
    }

    /** Runs the query to its last row (or triple) and counts them. */
    private static int run(KnowledgeStore store, Query query, long timeoutSeconds) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query)
                    .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
                if (query.isSelectType()) {
                    int n = 0;
                    for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
                        n++;
                    }
                    return n;
                }
                return query.isAskType() ? (qe.execAsk() ? 1 : 0) : (int) qe.execConstruct().size();
            }
        });
    }
}
