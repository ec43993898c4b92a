package org.cbeckg.server.regex;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.library.FN_Matches;
import org.apache.jena.sparql.function.library.FN_StrReplace;
import org.apache.jena.sparql.util.MappedLoader;

/**
 * Rewrites every pattern-matching call of a query into its cancellable twin bound to that query's cancel flag:
 * the {@code REGEX} and {@code REPLACE} keywords, and the same functions called by IRI ({@code fn:matches},
 * {@code fn:replace}, {@code sparql:regex}, {@code sparql:replace}, or their Java classes by {@code java:} IRI or
 * ARQ's dynamically mapped namespaces), which would otherwise reach ARQ's own matcher.
 */
final class CancellablePatterns extends ExprTransformCopy {

    static final Set<String> MATCHES = Set.of(ARQConstants.fnPrefix + "matches", ARQConstants.sparqlPrefix + "regex",
            ARQConstants.javaClassURIScheme + FN_Matches.class.getName());
    static final Set<String> REPLACES = Set.of(ARQConstants.fnPrefix + "replace",
            ARQConstants.sparqlPrefix + "replace", ARQConstants.javaClassURIScheme + FN_StrReplace.class.getName());

    private final AtomicBoolean cancel;

    CancellablePatterns(AtomicBoolean cancel) {
        this.cancel = cancel;
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        String iri = func instanceof E_Function f ? resolved(f.getFunctionIRI()) : "";
        if (func instanceof E_Regex || MATCHES.contains(iri)) {
            return new CancellableRegex(args, cancel);
        }
        if (func instanceof E_StrReplace || REPLACES.contains(iri)) {
            return new CancellableReplace(args, cancel);
        }
        return super.transform(func, args);
    }

    /** The IRI ARQ will load the function from: {@code afn:} and old Jena names map to {@code java:} classes. */
    private static String resolved(String iri) {
        String mapped = MappedLoader.mapDynamicURI(iri);
        return mapped == null ? iri : mapped;
    }
}
