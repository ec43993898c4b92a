package org.cbeckg.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.cbeckg.CbecKgException;

/**
 * Prepares articles on several threads (extraction is a pure function per article, so it uses every core) and hands
 * the results to one consumer in file order, keeping only a small window of prepared articles in memory. Each file
 * has a time budget counted from when its work starts: a file over budget is reported as failed and the run moves
 * on; its thread, if the work ignores interruption, is given up and replaced so the run keeps its parallelism.
 */
final class ParallelPreparation implements AutoCloseable {

    /** A file's outcome: the prepared article, or why there is none. */
    record Result(Path file, PreparedArticle article, String failure) {
        boolean ok() {
            return article != null;
        }
    }

    private final ArticlePreparer preparer;
    private final int threads;
    private final Duration budget;
    private final ThreadPoolExecutor pool;

    ParallelPreparation(ArticlePreparer preparer, int threads, Duration budget) {
        this.preparer = Objects.requireNonNull(preparer);
        this.threads = Math.max(1, threads);
        this.budget = Objects.requireNonNull(budget);
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(this.threads, this.threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "cbec-kg-extract-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Prepares every file and passes each result to {@code consumer}, in the order of {@code files}. */
    void run(List<Path> files, Consumer<Result> consumer) {
        int window = threads * 4;
        Deque<Job> pending = new ArrayDeque<>();
        int next = 0;
        while (next < files.size() || !pending.isEmpty()) {
            while (next < files.size() && pending.size() < window) {
                Job job = new Job(files.get(next++));
                pool.execute(job.task);
                pending.add(job);
            }
            consumer.accept(pending.removeFirst().await());
        }
    }

    /** One file's work, with the moment it started (0 while it waits for a thread). */
    private final class Job {
        private final Path file;
        private final AtomicLong started = new AtomicLong();
        private final FutureTask<PreparedArticle> task;

        Job(Path file) {
            this.file = file;
            Callable<PreparedArticle> work = () -> {
                started.set(System.nanoTime());
                return preparer.prepare(file);
            };
            this.task = new FutureTask<>(work);
        }

        Result await() {
            try {
                return new Result(file, waitWithinBudget(task), null);
            } catch (ExecutionException e) {
                return new Result(file, null, reason(e.getCause()));
            } catch (TimeoutException e) {
                task.cancel(true);
                replaceStuckThread();
                return new Result(file, null, "not read: extraction took longer than the per-file budget of "
                        + budget.toSeconds() + " s (--time-budget)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CbecKgException(file.toString(), "interrupted", e);
            }
        }

        private PreparedArticle waitWithinBudget(Future<PreparedArticle> f)
                throws InterruptedException, ExecutionException, TimeoutException {
            while (true) {
                long start = started.get();
                if (start == 0) {
                    try {
                        return f.get(50, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException notStartedYet) {
                        continue;
                    }
                }
                long left = budget.toNanos() - (System.nanoTime() - start);
                return f.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            }
        }

        private String reason(Throwable cause) {
            String name = file.getFileName().toString();
            String msg = cause instanceof CbecKgException ? cause.getMessage()
                    : "extraction failed: " + cause;
            return msg.startsWith(name + ": ") ? msg.substring(name.length() + 2) : msg;
        }
    }

    /** A cancelled task whose code ignores interruption still holds its thread: add one so the pool keeps its size. */
    private void replaceStuckThread() {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
