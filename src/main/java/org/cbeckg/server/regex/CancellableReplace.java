package org.cbeckg.server.regex;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.sse.Tags;

/**
 * {@code REPLACE(text, pattern, replacement [, flags])}, also {@code fn:replace}: ARQ's semantics (at most one empty
 * match, the text's language tag kept), stopped by the timeout.
 */
final class CancellableReplace extends PatternFunction {

    CancellableReplace(ExprList args, AtomicBoolean cancel) {
        super(Tags.tagReplace, "REPLACE", args, cancel, 1, 3);
    }

    @Override
    NodeValue apply(List<NodeValue> args, Pattern pattern) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        String before = text.getLiteralLexicalForm();
        String after = replaceAll(pattern.matcher(text(before)), replacement);
        if (after == null || after.equals(before)) {
            return args.get(0);
        }
        return NodeValue.makeNode(NodeFactory.createLiteral(after, text.getLiteralLanguage(),
                text.getLiteralDatatype()));
    }

    /** As ARQ's: Java would replace an empty match at the end too ("ab", ".*" gives "xx"); F&O and ARQ do not. */
    private static String replaceAll(Matcher m, String replacement) {
        try {
            StringBuilder sb = null;
            while (m.find()) {
                if (sb == null) {
                    sb = new StringBuilder();
                } else if (m.start() == m.end()) {
                    continue;
                }
                m.appendReplacement(sb, replacement);
            }
            if (sb == null) {
                return null;
            }
            m.appendTail(sb);
            return sb.toString();
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        }
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableReplace(newArgs, cancel());
    }
}
