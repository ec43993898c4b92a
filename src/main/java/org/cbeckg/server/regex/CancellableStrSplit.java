package org.cbeckg.server.regex;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.pfunction.library.strSplit;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.IterLib;

/**
 * {@code ?token apf:strSplit (text pattern)}, ARQ's one property function that takes a pattern, splitting over a
 * {@link CancellableText}: same tokens as ARQ's (every piece, trimmed), stopped by the query's timeout.
 */
final class CancellableStrSplit extends strSplit {

    /**
     * The key ARQ looks the function up by: {@code apf:strSplit}, its old Jena name and its {@code java:} IRI all map
     * to it.
     */
    static final String KEY = ARQConstants.javaClassURIScheme + strSplit.class.getName();

    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, PropFuncArg object,
                                       ExecutionContext execCxt) {
        if (!object.getArg(0).isLiteral() || !object.getArg(1).isLiteral()) {
            return IterLib.noResults(execCxt);
        }
        List<String> tokens = split(object.getArg(0).getLiteralLexicalForm(),
                object.getArg(1).getLiteralLexicalForm(), signal(execCxt));
        if (Var.isVar(subject)) {
            Var v = Var.alloc(subject);
            Iterator<Binding> it = Iter.map(tokens.iterator(),
                    t -> BindingFactory.binding(binding, v, NodeFactory.createLiteralString(t)));
            return QueryIterPlainWrapper.create(it, execCxt);
        }
        boolean found = subject.isLiteral() && tokens.contains(subject.getLiteralLexicalForm());
        return found ? IterLib.result(binding, execCxt) : IterLib.noResults(execCxt);
    }

    private static List<String> split(String text, String regex, AtomicBoolean cancel) {
        Pattern p = RegexEngine.makePattern("strSplit", regex, null);
        try {
            return Arrays.stream(p.split(new CancellableText(text, cancel), -1)).map(String::strip).toList();
        } catch (IllegalArgumentException e) {
            throw new ExprEvalException("strSplit: " + e.getMessage());
        }
    }

    private static AtomicBoolean signal(ExecutionContext execCxt) {
        AtomicBoolean s = execCxt.getCancelSignal();
        return s == null ? new AtomicBoolean() : s;
    }

    /** A copy of the global registry in which both names of strSplit are this class, set on {@code context}. */
    static void register(Context context) {
        PropertyFunctionRegistry registry = new PropertyFunctionRegistry();
        PropertyFunctionRegistry global = PropertyFunctionRegistry.get();
        global.keys().forEachRemaining(k -> registry.put(k, global.get(k)));
        registry.put(KEY, uri -> new CancellableStrSplit());
        PropertyFunctionRegistry.set(context, registry);
    }
}
