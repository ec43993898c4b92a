package org.cbeckg.audit;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Prints conflicts and corroborated values for a terminal: each value, the rules that picked it, every source. */
public final class ListingText {

    private ListingText() {
    }

    public static void printConflicts(List<ListedCell> conflicts, PrintWriter out) {
        out.println(conflicts.size() + " conflict(s): articles giving different values for the same measure, period, "
                + "area and unit (all kept)");
        conflicts.forEach(c -> printCell(c, out));
        out.flush();
    }

    public static void printCorroborated(List<ListedCell> values, PrintWriter out) {
        out.println(values.size() + " corroborated value(s): the same value stated by more than one article");
        values.forEach(c -> printCell(c, out));
        out.flush();
    }

    private static void printCell(ListedCell cell, PrintWriter out) {
        out.println();
        out.println(cell.title() + (cell.conflict() == null ? "" : "   <" + cell.conflict() + ">"));
        for (ListedValue v : cell.values()) {
            out.printf("  %s %s %s — %d source%s%s%n", v.value().toPlainString(), v.unit(), v.qualifier(),
                    v.sourceCount(), v.sourceCount() == 1 ? "" : "s", picked(v));
            v.sources().forEach(s -> out.printf("      %s  %s  《%s》  \"%s\" [%d, %d)%n", s.fileName(),
                    s.date() == null ? "(no date)" : s.date(), s.title() == null ? "" : s.title(), s.quote(),
                    s.start(), s.end()));
        }
    }

    private static String picked(ListedValue v) {
        if (v.pickedBy().isEmpty()) {
            return "";
        }
        return "   ← best value by " + v.pickedBy().stream().sorted().collect(Collectors.joining(", "));
    }
}
