package org.cbeckg.server.regex;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * Makes every query run with a dataset's context end by its timeout, whatever pattern it matches. ARQ's regex
 * engine is a fixed choice (Java or Xerces, both unaware of cancellation), so the guard works one level up: it
 * plugs into the query optimiser, which every query passes through with its own context, and rewrites each pattern
 * call into a twin that reads the text through {@link CancellableText}, bound to that query's cancel flag (the flag
 * ARQ's timeout and {@code abort()} raise). The rewrite runs before ARQ's own optimiser, whose constant folding
 * would otherwise evaluate {@code REGEX("…", "…")} unguarded while planning, which no timeout interrupts.
 * {@code apf:strSplit} is replaced in the context's property-function registry.
 *
 * <pre>{@code PatternGuard.install(dataset.getContext());}</pre>
 */
public final class PatternGuard {

    private PatternGuard() {
    }

    public static void install(Context context) {
        RewriteFactory standard = Optimize.getFactory();
        RewriteFactory guarded = cxt -> {
            AtomicBoolean cancel = cancelSignal(cxt);
            return op -> standard.create(cxt).rewrite(guard(op, cancel));
        };
        context.set(ARQConstants.sysOptimizerFactory, guarded);
        CancellableStrSplit.register(context);
    }

    static Op guard(Op op, AtomicBoolean cancel) {
        return Transformer.transform(new TransformCopy(), new CancellablePatterns(cancel), op);
    }

    /** The execution's flag; a query run without one (no timeout, no abort) gets one nobody raises. */
    private static AtomicBoolean cancelSignal(Context cxt) {
        AtomicBoolean s = Context.getCancelSignal(cxt);
        return s == null ? new AtomicBoolean() : s;
    }
}
