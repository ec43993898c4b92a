package org.cbeckg.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.cbeckg.CbecKgException;

/**
 * Serves the store and loads it: first CBEC-KG's own server ({@code serve --no-ingest}) twice over, each request
 * asking for a fresh evaluation ({@code Cache-Control: no-cache}) and then as clients ask by default (answers asked
 * again before the store changes come from its result cache); then, once it has stopped
 * and released the database (TDB2 allows one JVM per folder), Jena's plain Fuseki over the same TDB2 database with
 * the same timeout, heap, queries and clients. Each server's start, load and memory go into the report.
 */
final class LoadPhase {

    /** Longest a server may take to answer its first query. */
    private static final Duration START_LIMIT = Duration.ofMinutes(10);

    private final BenchSettings settings;
    private final JavaCommand java;
    private final Path logs;
    private final Progress progress;
    private final BenchReport report;

    LoadPhase(BenchSettings settings, JavaCommand java, Path logs, Progress progress, BenchReport report) {
        this.settings = settings;
        this.java = java;
        this.logs = logs;
        this.progress = progress;
        this.report = report;
    }

    /** Loads our server, then plain Fuseki over {@code database} (the store's live TDB2 folder) unless skipped. */
    void run(Path store, Path database) throws IOException, InterruptedException {
        List<QueryLoad.Query> queries = QueryLoad.shipped();
        int port = ServerSession.freePort();
        List<String> ours = java.cbecKg(settings.serverHeap(), List.of("serve", "--no-ingest", "--store",
                store.toString(), "--port", String.valueOf(port), "--timeout", number(settings.timeout())));
        LoadResult ourLoad = serve("ours", ours, port, queries, true);
        if (settings.skipFuseki()) {
            report.note("plain Fuseki left out (--skip-fuseki).");
            return;
        }
        port = ServerSession.freePort();
        List<String> plain = java.mainClass(settings.serverHeap(), PlainFuseki.class.getName(), List.of(
                database.toString(), String.valueOf(port), number(settings.timeout())));
        LoadResult plainLoad = serve("plain Fuseki", plain, port, queries, false);
        if (ourLoad != null && plainLoad != null) {
            report.figure("**p50 / p99, ours (evaluated afresh) ÷ plain Fuseki**", String.format(Locale.ROOT, "**%s / %s**",
                    ratio(ourLoad.all().p50Ms(), plainLoad.all().p50Ms()),
                    ratio(ourLoad.all().p99Ms(), plainLoad.all().p99Ms())));
        }
    }

    /**
     * One server: start, load, memory, stop. With {@code cached}, the load runs
     * twice: each request evaluated afresh, then as clients ask by default, served from the result cache when asked
     * again. Returns the fresh load; null when the server would not start.
     */
    private LoadResult serve(String label, List<String> command, int port, List<QueryLoad.Query> queries,
                             boolean cached) throws IOException, InterruptedException {
        String step = label.replace(' ', '-');
        ServerSession server = new ServerSession(label, command, logs.resolve("serve-" + step + ".log"),
                URI.create("http://127.0.0.1:" + port + PlainFuseki.DATASET + "/sparql"));
        try (server) {
            progress.say(step, "starting: " + String.join(" ", command.subList(1, command.size())));
            double start = server.start(START_LIMIT);
            progress.say(step, String.format(Locale.ROOT, "first answer %.1f s after launch", start));
            report.figure(label + ": launch to first answer (-Xmx" + settings.serverHeap() + ")",
                    String.format(Locale.ROOT, "%.1f s", start));
            LoadResult result = load(server, queries, cached ? label + ", evaluated afresh" : label, step, true);
            if (cached) {
                load(server, queries, label + ", result cache", step, false);
            }
            report.figure(label + ": memory after the load", server.memory().describe());
            return result;
        } catch (CbecKgException e) {
            progress.say(step, "failed: " + e.getMessage());
            report.figure(label + ": launch to first answer", "failed, see Notes");
            report.note(label + " did not serve: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
    }

    private LoadResult load(ServerSession server, List<QueryLoad.Query> queries, String label, String step,
                            boolean fresh) throws InterruptedException {
        QueryLoad load = new QueryLoad(server.endpoint(), queries, settings.clients(),
                Duration.ofSeconds(settings.seconds()), settings.requestTimeout(), fresh);
        LoadResult result = load.run(m -> progress.say(step, m));
        progress.say(step, String.format(Locale.ROOT, "%s: %,d requests, %,d errors", label, result.all().requests(),
                result.all().errors()));
        report.figure(label + ": " + settings.clients() + " clients × " + settings.seconds() + " s",
                describe(result));
        report.load(label, result);
        return result;
    }

    static String describe(LoadResult r) {
        return String.format(Locale.ROOT, "%,d requests (%.1f/s), %,d errors; p50 %s ms, p99 %s ms",
                r.all().requests(), r.requestsPerSecond(), r.all().errors(), LoadTable.millis(r.all().p50Ms()),
                LoadTable.millis(r.all().p99Ms()));
    }

    static String ratio(double a, double b) {
        return b <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f×", a / b);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
