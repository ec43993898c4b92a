package org.cbeckg.audit;

import java.util.List;

/**
 * One row of a consistency check: whether it holds, in words, and the facts and articles involved.
 *
 * @param facts     IRIs of the facts involved
 * @param articles  file names of the articles stating them, each once
 */
public record Finding(Status status, String text, List<String> facts, List<String> articles) {

    /** Holds; fails (a contradiction); incomplete (not enough facts in the graph to decide). */
    public enum Status { HOLDS, FAILS, INCOMPLETE }

    public Finding {
        facts = List.copyOf(facts);
        articles = List.copyOf(articles);
    }
}
