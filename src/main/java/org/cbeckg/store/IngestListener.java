package org.cbeckg.store;

import java.nio.file.Path;

/** Hears about each file as an ingest run goes, e.g. to show progress. */
@FunctionalInterface
public interface IngestListener {

    enum Outcome { ADDED, REPLACED, UNCHANGED, FAILED }

    /**
     * @param done   files finished so far, this one included
     * @param detail a number of facts, or the failure's reason
     */
    void fileDone(int done, int total, Path file, Outcome outcome, String detail);

    IngestListener SILENT = (done, total, file, outcome, detail) -> { };
}
