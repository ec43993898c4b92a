package org.cbeckg.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one consistency check: how many of each status, and the first few of each in text order (all
 * of them when there are few). A check with no finding had nothing to check.
 *
 * @param findings the findings kept to be shown, by status, then text
 * @param counts   how many findings of each status the check found, shown or not
 */
public record CheckResult(ConsistencyCheck check, List<Finding> findings, Map<Finding.Status, Long> counts) {

    public CheckResult {
        findings = List.copyOf(findings);
        counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
    }

    public long count(Finding.Status status) {
        return counts.getOrDefault(status, 0L);
    }

    /** Findings of this status found but not kept. */
    public long hidden(Finding.Status status) {
        return count(status) - findings.stream().filter(f -> f.status() == status).count();
    }

    public boolean fails() {
        return count(Finding.Status.FAILS) > 0;
    }

    public boolean isEmpty() {
        return counts.values().stream().allMatch(n -> n == 0);
    }
}
