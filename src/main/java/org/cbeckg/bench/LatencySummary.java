package org.cbeckg.bench;

/**
 * One query's (or all queries') figures from a load run.
 *
 * @param name     the query's path under {@code queries/}, or "all"
 * @param aloneMs  its latency alone, in the warm-up pass before the load (for "all": one pass over every query)
 * @param rows     rows (or triples) its warm-up answer held, or why it has none
 * @param requests requests answered or failed during the run
 * @param errors   requests that failed: not HTTP 200, a body cut off by the timeout, or no answer
 * @param p50Ms    median latency in milliseconds, failures included
 * @param p99Ms    99th percentile latency in milliseconds, failures included
 * @param failures what went wrong and how often (e.g. {@code HTTP 503 ×12}), empty when nothing did
 * @param sample   the start of the first failure's answer, to say why; empty when nothing failed
 */
record LatencySummary(String name, double aloneMs, String rows, int requests, int errors, double p50Ms,
                      double p99Ms, String failures, String sample) {
}
