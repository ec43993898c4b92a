package org.cbeckg.ingest;

import java.util.List;

/**
 * What one ingest run did.
 *
 * @param added      articles stored for the first time
 * @param replaced   articles whose file (or the extractors) changed, so their graph was replaced
 * @param unchanged  articles already stored from the same bytes by the same extractors: left alone
 * @param removed    articles whose file is gone, removed because the run was asked to mirror a folder
 * @param facts      facts in the articles added or replaced
 * @param failures   files that could not be ingested, each with the reason; nothing of theirs was stored
 * @param bulk       whether the run built a new store generation with Jena's bulk loader
 */
public record IngestReport(int added, int replaced, int unchanged, int removed, int facts, List<Failure> failures,
                           boolean bulk) {

    /** A file that could not be ingested, and why. */
    public record Failure(String file, String reason) {
    }

    public IngestReport {
        failures = List.copyOf(failures);
    }

    public boolean ok() {
        return failures.isEmpty();
    }

    /** Whether the run changed the store at all. */
    public boolean changed() {
        return added + replaced + removed > 0;
    }

    public int seen() {
        return added + replaced + unchanged + failures.size();
    }

    @Override
    public String toString() {
        return String.format("%d file(s): %d added, %d replaced, %d unchanged, %d failed%s; %d facts stored",
                seen(), added, replaced, unchanged, failures.size(), removed > 0 ? ", " + removed + " removed" : "",
                facts);
    }
}
