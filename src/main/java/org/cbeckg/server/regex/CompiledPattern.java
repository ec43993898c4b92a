package org.cbeckg.server.regex;

import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;

/**
 * Compiles a SPARQL pattern and its flags exactly as ARQ does for its default (Java) engine, so a guarded query
 * matches what an unguarded one would: same syntax, same flags ({@code smixq}).
 */
final class CompiledPattern {

    private CompiledPattern() {
    }

    static Pattern compile(String label, NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) {
            throw new ExprEvalException(label + ": the pattern is not a string: " + pattern);
        }
        if (flags != null && !flags.isString()) {
            throw new ExprEvalException(label + ": the flags are not a string: " + flags);
        }
        return RegexEngine.makePattern(label, pattern.getString(), flags == null ? null : flags.getString());
    }

    /** The pattern compiled once, when pattern and flags are constants in the query; else null. */
    static Pattern constant(String label, Expr pattern, Expr flags) {
        boolean fixed = pattern.isConstant() && pattern.getConstant().isString()
                && (flags == null || flags.isConstant() && flags.getConstant().isString());
        return fixed ? compile(label, pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }
}
