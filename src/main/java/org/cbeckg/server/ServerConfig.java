package org.cbeckg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server is run. Every default is the safe one: loopback only, a query timeout of a few seconds, a cap on
 * result rows. Immutable; made with {@link #builder()}, which checks the values when {@code build()} is called.
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.builder().port(0).queryTimeout(Duration.ofSeconds(2)).build();
 * }</pre>
 */
public final class ServerConfig {

    /** Loopback: a server nobody asked to expose is not reachable from another machine. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(5);
    /** Rows (solutions) one query may return; a query asking for more is cut to this and told so in a header. */
    public static final long DEFAULT_RESULT_LIMIT = 10_000;
    /**
     * Queries evaluated at once from {@code /kg/sparql}: twice the cores. More only share the cores thinner, and ARQ
     * checks its timeout between results, so a starved query overruns it; others wait for a turn (see QueryGate).
     */
    public static final int DEFAULT_RUNNING_QUERIES = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    /** Bytes of one request body: a query is a few kilobytes, and nothing is uploaded to a read-only store. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1 << 20;
    /** Bytes of answers kept for queries asked again: an eighth of the heap, at most 256 MiB. */
    public static final long DEFAULT_RESULT_CACHE_BYTES = Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);

    private final String host;
    private final int port;
    private final Duration queryTimeout;
    private final long resultLimit;
    private final long maxRequestBytes;
    private final int runningQueries;
    private final Path dumpDir;
    private final List<Path> articleDirs;
    private final boolean trustProxy;
    private final long resultCacheBytes;

    private ServerConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.queryTimeout = b.queryTimeout;
        this.resultLimit = b.resultLimit;
        this.maxRequestBytes = b.maxRequestBytes;
        this.runningQueries = b.runningQueries;
        this.dumpDir = b.dumpDir;
        this.articleDirs = b.articleDirs;
        this.trustProxy = b.trustProxy;
        this.resultCacheBytes = b.resultCacheBytes;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String host() {
        return host;
    }

    /** The port asked for; 0 means any free port (see {@link KgServer#port()} for the one bound). */
    public int port() {
        return port;
    }

    public Duration queryTimeout() {
        return queryTimeout;
    }

    public long resultLimit() {
        return resultLimit;
    }

    /** The largest request body accepted; a larger one gets 413. */
    public long maxRequestBytes() {
        return maxRequestBytes;
    }

    /** How many queries {@code /kg/sparql} evaluates at once; the next ones wait, at most the query timeout. */
    public int runningQueries() {
        return runningQueries;
    }

    /** Bytes of whole answers kept for queries asked again before the store changes; 0 keeps none. */
    public long resultCacheBytes() {
        return resultCacheBytes;
    }

    /** Folders where {@code /trace} finds the articles' files to re-check their hashes and quotes. */
    public List<Path> articleDirs() {
        return articleDirs;
    }

    /** Whether {@code X-Forwarded-*} headers name the scheme, host and port clients see (behind a proxy only). */
    public boolean trustProxy() {
        return trustProxy;
    }

    /** Folder whose latest dump file is offered at {@code /dumps/}, if any. */
    public Optional<Path> dumpDir() {
        return Optional.ofNullable(dumpDir);
    }

    /** Collects the settings; {@link #build()} rejects nonsense before a server is half set up. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private long resultLimit = DEFAULT_RESULT_LIMIT;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int runningQueries = DEFAULT_RUNNING_QUERIES;
        private Path dumpDir;
        private List<Path> articleDirs = List.of();
        private boolean trustProxy;
        private long resultCacheBytes = DEFAULT_RESULT_CACHE_BYTES;

        private Builder() {
        }

        public Builder resultCacheBytes(long bytes) {
            this.resultCacheBytes = bytes;
            return this;
        }

        public Builder trustProxy(boolean trust) {
            this.trustProxy = trust;
            return this;
        }

        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public Builder resultLimit(long limit) {
            this.resultLimit = limit;
            return this;
        }

        public Builder maxRequestBytes(long bytes) {
            this.maxRequestBytes = bytes;
            return this;
        }

        public Builder runningQueries(int queries) {
            this.runningQueries = queries;
            return this;
        }

        public Builder dumpDir(Path dir) {
            this.dumpDir = dir;
            return this;
        }

        public Builder articleDirs(List<Path> dirs) {
            this.articleDirs = List.copyOf(dirs);
            return this;
        }

        public ServerConfig build() {
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0..65535, not " + port);
            }
            if (queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new IllegalArgumentException("query timeout must be positive, not " + queryTimeout);
            }
            if (resultLimit < 1) {
                throw new IllegalArgumentException("result limit must be at least 1, not " + resultLimit);
            }
            if (runningQueries < 1) {
                throw new IllegalArgumentException("running queries must be at least 1, not " + runningQueries);
            }
            if (resultCacheBytes < 0) {
                throw new IllegalArgumentException("result cache must be 0 bytes or more, not " + resultCacheBytes);
            }
            if (maxRequestBytes < 1024) {
                throw new IllegalArgumentException("request limit must be at least 1024 bytes, not " + maxRequestBytes);
            }
            return new ServerConfig(this);
        }
    }
}
