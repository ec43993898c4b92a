package org.cbeckg.audit;

import java.util.Objects;

/**
 * One consistency rule over the graph's own facts: a SPARQL SELECT from {@code queries/checks/} whose rows are
 * findings ({@code ?status ?finding ?facts ?articles}). Its leading comment says what it checks: the first line is
 * {@code # name: title}, the rest of the comment block the explanation.
 *
 * @param name   the file name without {@code .rq}, e.g. {@code batches-add-up}
 * @param title  one line: what holds when the check passes
 */
public record ConsistencyCheck(String name, String title, String description, String query) {

    public ConsistencyCheck {
        Objects.requireNonNull(name);
        Objects.requireNonNull(query);
        title = title == null ? name : title;
        description = description == null ? "" : description;
    }

    /** Reads name, title and description from a query file's leading comment block. */
    public static ConsistencyCheck parse(String name, String query) {
        StringBuilder description = new StringBuilder();
        String title = null;
        for (String line : query.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            String text = line.substring(1).strip();
            if (title == null && text.startsWith(name + ":")) {
                title = text.substring(name.length() + 1).strip();
            } else if (!text.startsWith("Columns:")) {
                description.append(text.isEmpty() ? "\n" : text + " ");
            }
        }
        return new ConsistencyCheck(name, title, description.toString().strip(), query);
    }
}
