package org.cbeckg.audit;

import java.util.List;

/** The findings of one consistency check; a check with no finding had nothing to check. */
public record CheckResult(ConsistencyCheck check, List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public long count(Finding.Status status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }

    public boolean fails() {
        return count(Finding.Status.FAILS) > 0;
    }
}
