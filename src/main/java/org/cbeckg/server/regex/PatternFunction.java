package org.cbeckg.server.regex;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * A SPARQL function that matches a pattern over a text read through {@link CancellableText}, bound to one query's
 * cancel flag. The pattern is compiled once when the query states it as a constant.
 */
abstract class PatternFunction extends ExprFunctionN {

    private final String label;
    private final AtomicBoolean cancel;
    private final int patternArg;
    private final int flagsArg;
    private final Pattern constant;

    /** {@code flagsArg} is the position of the optional flags argument: present when there are that many more. */
    PatternFunction(String symbol, String label, ExprList args, AtomicBoolean cancel, int patternArg, int flagsArg) {
        super(symbol, args);
        if (args.size() != flagsArg && args.size() != flagsArg + 1) {
            throw new ExprEvalException(label + ": wanted " + flagsArg + " or " + (flagsArg + 1) + " arguments, got "
                    + args.size());
        }
        this.label = label;
        this.cancel = cancel;
        this.patternArg = patternArg;
        this.flagsArg = flagsArg;
        this.constant = CompiledPattern.constant(label, args.get(patternArg),
                args.size() > flagsArg ? args.get(flagsArg) : null);
    }

    /**
     * ARQ's optimiser folds calls whose arguments are all constants while it plans the query, and its timer cannot
     * cancel planning (the timer waits for a lock that planning holds). Refusing here leaves the call to
     * {@link #eval(List, FunctionEnv)}, at execution, where the flag works.
     */
    @Override
    public final NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException(label + " is evaluated per row, never folded while planning");
    }

    @Override
    public final NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Pattern p = constant != null ? constant : CompiledPattern.compile(label, args.get(patternArg),
                args.size() > flagsArg ? args.get(flagsArg) : null);
        return apply(args, p);
    }

    /** The function's result for evaluated arguments, matching with {@code pattern} over {@link #text}. */
    abstract NodeValue apply(List<NodeValue> args, Pattern pattern);

    /** The text as the matcher must read it: through the cancel flag. */
    final CharSequence text(String s) {
        return new CancellableText(s, cancel);
    }

    final AtomicBoolean cancel() {
        return cancel;
    }
}
