package org.cbeckg.server.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

import org.cbeckg.audit.ListedCell;
import org.cbeckg.audit.ListedValue;
import org.cbeckg.audit.TraceReport;
import org.cbeckg.server.ReadableFigures;
import org.cbeckg.server.ReadablePeriods;

/**
 * What the audit templates read: the report or listing, where an IRI links to on this server (a path, so links work
 * on any host and port), and figures and periods as a person reads them beside their exact values.
 */
record AuditPage(TraceReport report, List<ListedCell> conflicts, List<ListedCell> corroborated,
                 UnaryOperator<String> href) {

    static AuditPage trace(TraceReport report, UnaryOperator<String> href) {
        return new AuditPage(report, List.of(), List.of(), href);
    }

    static AuditPage listing(List<ListedCell> conflicts, List<ListedCell> corroborated, UnaryOperator<String> href) {
        return new AuditPage(null, conflicts, corroborated, href);
    }

    String link(String iri) {
        return iri == null ? null : href.apply(iri);
    }

    /** 1.98万亿元 · 1.98 trillion CNY */
    String reads(BigDecimal value, String unit) {
        return ReadableFigures.zh(value, unit, false) + " · " + ReadableFigures.en(value, unit, false);
    }

    String reads(ListedValue v) {
        return reads(v.value(), v.unit());
    }

    /** 2022年一季度 (2022 Q1) */
    String period(String code) {
        return code == null ? null : ReadablePeriods.zh(code) + " (" + ReadablePeriods.en(code) + ")";
    }

    String title(ListedCell c) {
        return c.measure() + " · " + period(c.period()) + (c.area() == null ? "" : " · " + c.area());
    }
}
