package org.cbeckg.server.regex;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.sse.Tags;

/** {@code REGEX(text, pattern [, flags])}, also {@code fn:matches}: ARQ's semantics, stopped by the timeout. */
final class CancellableRegex extends PatternFunction {

    CancellableRegex(ExprList args, AtomicBoolean cancel) {
        super(Tags.tagRegex, "REGEX", args, cancel, 1, 2);
    }

    @Override
    NodeValue apply(List<NodeValue> args, Pattern pattern) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        return NodeValue.booleanReturn(pattern.matcher(text(text.getLiteralLexicalForm())).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs, cancel());
    }
}
