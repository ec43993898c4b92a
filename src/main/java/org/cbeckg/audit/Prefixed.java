package org.cbeckg.audit;

import java.util.stream.Collectors;

import org.cbeckg.vocab.Vocabularies;

/** The project's PREFIX lines, so the auditor's queries can be written as the shipped {@code .rq} files are. */
final class Prefixed {

    private static final String PROLOGUE = Vocabularies.prefixes().getNsPrefixMap().entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());

    private Prefixed() {
    }

    static String query(String body) {
        return PROLOGUE + body;
    }
}
