package org.cbeckg.audit;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints check results for a terminal: per check, a verdict line with the counts, then the findings kept (failures
 * first), each with its articles and facts, and how many more there are.
 */
public final class CheckText {

    /** Articles and facts listed per finding; a figure stated by a thousand articles names the first ten. */
    static final int LISTED = 10;
    private static final List<Finding.Status> ORDER = List.of(Finding.Status.FAILS, Finding.Status.INCOMPLETE,
            Finding.Status.HOLDS);

    private CheckText() {
    }

    public static void print(List<CheckResult> results, PrintWriter out) {
        results.forEach(r -> print(r, out));
        out.println(summary(results));
        out.flush();
    }

    /** One check: its verdict and counts, the findings kept, failures first, and how many more there are. */
    public static void print(CheckResult r, PrintWriter out) {
        out.println(verdict(r) + "  " + r.check().name() + ": " + r.check().title() + counts(r));
        if (r.isEmpty()) {
            out.println("      (nothing to check: the graph states none of the facts this rule compares)");
        }
        for (Finding.Status status : ORDER) {
            r.findings().stream().filter(f -> f.status() == status).forEach(f -> printFinding(f, out));
            if (r.hidden(status) > 0) {
                out.printf("    … and %,d more %s finding(s) (--show N lists more)%n", r.hidden(status),
                        status.name().toLowerCase(Locale.ROOT));
            }
        }
        out.println();
        out.flush();
    }

    private static String verdict(CheckResult r) {
        if (r.fails()) {
            return "FAILS";
        }
        return r.count(Finding.Status.HOLDS) > 0 ? "holds" : r.isEmpty() ? "n/a  " : "open ";
    }

    private static String counts(CheckResult r) {
        return r.isEmpty() ? "" : String.format("  [%,d fail, %,d incomplete, %,d hold]", r.count(Finding.Status.FAILS),
                r.count(Finding.Status.INCOMPLETE), r.count(Finding.Status.HOLDS));
    }

    private static void printFinding(Finding f, PrintWriter out) {
        String mark = switch (f.status()) {
            case HOLDS -> "✓ holds     ";
            case FAILS -> "✗ FAILS     ";
            case INCOMPLETE -> "? incomplete";
        };
        out.println("    " + mark + " " + f.text());
        if (!f.articles().isEmpty()) {
            out.println("                   articles: " + listed(f.articles(), ", "));
        }
        if (!f.facts().isEmpty()) {
            out.println("                   facts:    " + listed(f.facts().stream().map(x -> "<" + x + ">").toList(),
                    " "));
        }
    }

    private static String listed(List<String> items, String separator) {
        String shown = String.join(separator, items.subList(0, Math.min(LISTED, items.size())));
        return items.size() <= LISTED ? shown : shown + separator + "… and " + (items.size() - LISTED) + " more";
    }

    public static String summary(List<CheckResult> results) {
        long failed = results.stream().filter(CheckResult::fails).count();
        long holds = results.stream().mapToLong(r -> r.count(Finding.Status.HOLDS)).sum();
        long fails = results.stream().mapToLong(r -> r.count(Finding.Status.FAILS)).sum();
        long open = results.stream().mapToLong(r -> r.count(Finding.Status.INCOMPLETE)).sum();
        return String.format("%d check(s), %d failing: %,d finding(s) hold, %,d fail, %,d incomplete", results.size(),
                failed, holds, fails, open);
    }
}
