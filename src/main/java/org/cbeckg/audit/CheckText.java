package org.cbeckg.audit;

import java.io.PrintWriter;
import java.util.List;

/** Prints check results for a terminal: per check, a verdict line and each finding with its articles and facts. */
public final class CheckText {

    private CheckText() {
    }

    public static void print(List<CheckResult> results, PrintWriter out) {
        for (CheckResult r : results) {
            out.println(verdict(r) + "  " + r.check().name() + ": " + r.check().title());
            if (r.findings().isEmpty()) {
                out.println("      (nothing to check: the graph states none of the facts this rule compares)");
            }
            r.findings().forEach(f -> printFinding(f, out));
            out.println();
        }
        out.println(summary(results));
        out.flush();
    }

    private static String verdict(CheckResult r) {
        if (r.fails()) {
            return "FAILS";
        }
        return r.count(Finding.Status.HOLDS) > 0 ? "holds" : r.findings().isEmpty() ? "n/a  " : "open ";
    }

    private static void printFinding(Finding f, PrintWriter out) {
        String mark = switch (f.status()) {
            case HOLDS -> "✓ holds     ";
            case FAILS -> "✗ FAILS     ";
            case INCOMPLETE -> "? incomplete";
        };
        out.println("    " + mark + " " + f.text());
        if (!f.articles().isEmpty()) {
            out.println("                   articles: " + String.join(", ", f.articles()));
        }
        if (!f.facts().isEmpty()) {
            out.println("                   facts:    " + String.join(" ", f.facts().stream()
                    .map(x -> "<" + x + ">").toList()));
        }
    }

    static String summary(List<CheckResult> results) {
        long failed = results.stream().filter(CheckResult::fails).count();
        long holds = results.stream().mapToLong(r -> r.count(Finding.Status.HOLDS)).sum();
        long fails = results.stream().mapToLong(r -> r.count(Finding.Status.FAILS)).sum();
        long open = results.stream().mapToLong(r -> r.count(Finding.Status.INCOMPLETE)).sum();
        return String.format("%d check(s), %d failing: %d finding(s) hold, %d fail, %d incomplete", results.size(),
                failed, holds, fails, open);
    }
}
