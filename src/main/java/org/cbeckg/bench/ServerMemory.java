package org.cbeckg.bench;

import java.util.OptionalLong;

/**
 * A server's memory after the load.
 *
 * @param heapAfterGc heap in use after a full GC, if jcmd could read it
 * @param rss         resident set size, if the platform says it
 * @param peakRss     the highest resident set size so far, if the platform says it
 */
record ServerMemory(OptionalLong heapAfterGc, OptionalLong rss, OptionalLong peakRss) {

    /** "heap after GC 41 MiB, RSS 612 MiB (peak 700 MiB)", leaving out what could not be read. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        heapAfterGc.ifPresent(h -> sb.append("heap after GC ").append(mib(h)));
        rss.ifPresent(r -> sb.append(sb.isEmpty() ? "" : ", ").append("RSS ").append(mib(r)));
        peakRss.ifPresent(p -> sb.append(" (peak ").append(mib(p)).append(')'));
        return sb.isEmpty() ? "not readable here" : sb.toString();
    }

    private static String mib(long bytes) {
        return (bytes + (1 << 19)) / (1 << 20) + " MiB";
    }
}
