package org.cbeckg.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Counts a check's findings as they stream in and keeps only the first few of each status in text order, so a
 * check whose rule fails ten thousand times runs in the memory of the few it shows. A finding whose status and text
 * are those of a kept one is the same finding: its facts and articles join the kept one's, and it is not counted
 * again (the shipped checks give each finding one row; a repeat of a finding no longer kept counts twice).
 */
final class FindingTally {

    private final int shown;
    private final Map<Finding.Status, Long> counts = new EnumMap<>(Finding.Status.class);
    private final Map<Finding.Status, TreeMap<String, Finding>> kept = new EnumMap<>(Finding.Status.class);

    /** @param shown how many findings of each status to keep */
    FindingTally(int shown) {
        this.shown = shown;
    }

    void add(Finding f) {
        TreeMap<String, Finding> top = kept.computeIfAbsent(f.status(), s -> new TreeMap<>());
        Finding same = top.get(f.text());
        if (same != null) {
            top.put(f.text(), same.with(f));
            return;
        }
        counts.merge(f.status(), 1L, Long::sum);
        top.put(f.text(), f);
        if (top.size() > shown) {
            top.pollLastEntry();
        }
    }

    CheckResult result(ConsistencyCheck check) {
        List<Finding> findings = Stream.of(Finding.Status.values()).filter(kept::containsKey)
                .flatMap(s -> kept.get(s).values().stream()).toList();
        return new CheckResult(check, findings, counts);
    }
}
