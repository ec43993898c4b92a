package org.cbeckg.store;

import java.util.List;

/**
 * What one ingest run did.
 *
 * @param added      articles stored for the first time
 * @param replaced   articles whose file (or the extractors) changed, so their graph was replaced
 * @param unchanged  articles already stored from the same bytes by the same extractors: left alone
 * @param failures   files that could not be ingested, each with the reason; nothing of theirs was stored
 */
public record IngestReport(int added, int replaced, int unchanged, int facts, List<Failure> failures) {

    /** A file that could not be ingested, and why. */
    public record Failure(String file, String reason) {
    }

    public IngestReport {
        failures = List.copyOf(failures);
    }

    public boolean ok() {
        return failures.isEmpty();
    }

    public int seen() {
        return added + replaced + unchanged + failures.size();
    }

    @Override
    public String toString() {
        return String.format("%d file(s): %d added, %d replaced, %d unchanged, %d failed; %d facts stored",
                seen(), added, replaced, unchanged, failures.size(), facts);
    }
}
