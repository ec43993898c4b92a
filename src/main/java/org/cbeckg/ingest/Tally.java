package org.cbeckg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Counts one run's outcomes as they are known and tells the listener about each file, numbered as it goes. */
final class Tally {

    private final IngestListener listener;
    private final int total;
    private int done;
    private int added;
    private int replaced;
    private int unchanged;
    private int removed;
    private int facts;
    private final List<IngestReport.Failure> failures = new ArrayList<>();

    Tally(IngestListener listener, int total) {
        this.listener = listener;
        this.total = total;
    }

    void unchanged(Path file) {
        unchanged++;
        listener.fileDone(++done, total, file, IngestListener.Outcome.UNCHANGED, "");
    }

    void failed(Path file, String reason) {
        failures.add(new IngestReport.Failure(file.toString(), reason));
        listener.fileDone(++done, total, file, IngestListener.Outcome.FAILED, reason);
    }

    void stored(PreparedArticle article, boolean replacing) {
        if (replacing) {
            replaced++;
        } else {
            added++;
        }
        facts += article.facts();
        article.warnings().forEach(w -> listener.warning(article.file(), w));
        listener.fileDone(++done, total, article.file(), replacing ? IngestListener.Outcome.REPLACED
                : IngestListener.Outcome.ADDED, article.facts() + " facts");
    }

    void removed(String graph) {
        removed++;
        listener.fileDone(done, total, Path.of(graph), IngestListener.Outcome.REMOVED, "file gone");
    }

    IngestReport report(boolean bulk) {
        return new IngestReport(added, replaced, unchanged, removed, facts, failures, bulk);
    }
}
