package org.cbeckg.ingest;

import java.nio.file.Path;

/** Hears how an ingest run goes: each file as it is done, warnings, and the phases after the files. */
public interface IngestListener {

    enum Outcome { ADDED, REPLACED, UNCHANGED, REMOVED, FAILED }

    /**
     * @param done   files finished so far, this one included
     * @param detail a number of facts, or the failure's reason
     */
    void fileDone(int done, int total, Path file, Outcome outcome, String detail);

    /** Something was read but not as written (a date with a wrong weekday, a fact dropped): kept, and said. */
    default void warning(Path file, String message) {
    }

    /**
     * A phase beyond the files (copying the store into a new generation, loading, deriving, counting) has got this
     * far: {@code done} of {@code total} units, {@code total} 0 when unknown.
     */
    default void phase(String phase, long done, long total, String unit) {
    }

    IngestListener SILENT = (done, total, file, outcome, detail) -> { };
}
