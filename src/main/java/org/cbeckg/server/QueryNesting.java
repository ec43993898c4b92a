package org.cbeckg.server;

import org.apache.jena.query.Query;

/**
 * How deeply a query nests: groups, OPTIONAL, UNION, sub-queries and bracketed expressions. ARQ compiles and
 * optimises a query by recursion, so a thousand nested OPTIONALs exhaust a request thread's stack (Fuseki then
 * answers 500 with an empty body) or keep the optimiser busy for half a minute, where no timeout reaches. Counted on
 * the query as ARQ writes it back, which has no comments and quotes every string with {@code "}, by one loop: a
 * recursive walk of the syntax tree would hit the very limit it measures.
 *
 * <pre>{@code if (QueryNesting.depth(query) > QueryNesting.LIMIT) { ... }}</pre>
 */
final class QueryNesting {

    /** Far above any real query (the shipped ones nest at most 9 deep), far below what exhausts a stack. */
    static final int LIMIT = 100;

    private QueryNesting() {
    }

    /** The deepest nesting of {@code { }} and {@code ( )} outside strings; IRIs cannot contain either. */
    static int depth(Query query) {
        String s = query.toString();
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ')') {
                depth--;
            }
        }
        return deepest;
    }
}
