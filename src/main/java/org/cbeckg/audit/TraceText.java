package org.cbeckg.audit;

import java.io.PrintWriter;

/**
 * Prints a trace for a terminal: one block per observation, one per source, and a re-check line for each source.
 * A mismatch is printed between {@code !!!} markers so it cannot be missed in a long listing.
 */
public final class TraceText {

    private TraceText() {
    }

    public static void print(TraceReport report, PrintWriter out) {
        out.println(heading(report));
        int i = 0;
        for (TracedFigure f : report.figures()) {
            out.println();
            printFigure(++i, f, out);
            f.sources().forEach(s -> printSource(s, report.recheckOf(s), out));
        }
        out.println();
        out.println(summary(report));
        out.flush();
    }

    static String heading(TraceReport report) {
        TraceRequest r = report.request();
        StringBuilder sb = new StringBuilder("trace");
        r.figure().ifPresent(f -> sb.append(' ').append(r.input()).append(" = ").append(f.value().toPlainString())
                .append(f.unit().map(u -> " " + u.code()).orElse("")));
        if (!TraceRequest.blank(r.measure())) {
            sb.append(" measure~").append(r.measure());
        }
        if (!TraceRequest.blank(r.period())) {
            sb.append(" period=").append(r.period());
        }
        if (!TraceRequest.blank(r.area())) {
            sb.append(" area~").append(r.area());
        }
        int n = report.figures().size();
        return sb.append(": ").append(n).append(n == 1 ? " observation" : " observations").toString();
    }

    private static void printFigure(int i, TracedFigure f, PrintWriter out) {
        out.printf("[%d] %s %s (%s, written \"%s\")%n", i, f.value().toPlainString(), f.unit(), f.qualifier(),
                f.surfaceForm());
        line(out, "measure", f.measure());
        line(out, "period", f.period());
        line(out, "area", f.area());
        line(out, "growth", f.growthBase());
        line(out, "speaker", f.speaker() == null ? null : f.speaker().describe());
        line(out, "event", f.event() == null ? null : f.event() + (f.eventDate() == null ? "" : " (" + f.eventDate()
                + ")"));
        line(out, "node", "<" + f.observation() + ">");
    }

    private static void printSource(Source s, Recheck check, PrintWriter out) {
        line(out, "source", "《" + nonNull(s.title()) + "》 " + nonNull(s.date()));
        line(out, "  file", s.fileName());
        line(out, "  sha256", s.sha256());
        line(out, "  quote", "\"" + s.exact() + "\" at code points [" + s.start() + ", " + s.end() + ")");
        if (check == null) {
            return;
        }
        if (check.ok()) {
            line(out, "  recheck", "OK: " + check.file() + " re-read, SHA-256 matches, text[" + s.start() + ", "
                    + s.end() + ") equals the quote");
            return;
        }
        line(out, "  recheck", "!!! MISMATCH !!!");
        check.problems().forEach(p -> out.println("              !!! " + p));
    }

    static String summary(TraceReport report) {
        int sources = report.rechecks().size();
        if (sources == 0) {
            return "re-check: no sources to check";
        }
        if (report.verified()) {
            return "re-check: all " + sources + " source(s) verified against their files";
        }
        return "re-check: !!! " + report.failures() + " of " + sources + " source(s) FAILED — see the !!! lines above";
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.printf("    %-10s %s%n", label, value);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
