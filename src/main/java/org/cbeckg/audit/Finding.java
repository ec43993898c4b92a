package org.cbeckg.audit;

import java.util.List;
import java.util.stream.Stream;

/**
 * One row of a consistency check: whether it holds, in words, and the facts and articles involved.
 *
 * @param facts     IRIs of the facts involved, each once, in order
 * @param articles  file names of the articles stating them, each once, in name order
 */
public record Finding(Status status, String text, List<String> facts, List<String> articles) {

    /** Holds; fails (a contradiction); incomplete (not enough facts in the graph to decide). */
    public enum Status { HOLDS, FAILS, INCOMPLETE }

    public Finding {
        facts = facts.stream().distinct().toList();
        articles = articles.stream().distinct().sorted().toList();
    }

    /** The same finding with the facts and articles of another one added. */
    Finding with(Finding other) {
        return new Finding(status, text, Stream.concat(facts.stream(), other.facts.stream()).toList(),
                Stream.concat(articles.stream(), other.articles.stream()).toList());
    }
}
