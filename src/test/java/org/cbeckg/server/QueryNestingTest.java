package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The nesting limit counts groups and brackets, not braces in strings, and leaves every shipped query room. */
class QueryNestingTest {

    @Test
    void countsGroupsAndBrackets() {
        assertEquals(1, depth("SELECT * WHERE { ?s ?p ?o }"));
        assertEquals(3, depth("SELECT * WHERE { OPTIONAL { ?s ?p ?o FILTER(?o) } }"));
    }

    @Test
    void ignoresBracesInStrings() {
        assertEquals(2, depth("SELECT * WHERE { ?s ?p \"{{{{((\\\"{{\" FILTER(?o) }"));
    }

    @Test
    void everyShippedQueryIsFarBelowTheLimit() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("queries"))) {
            files = walk.filter(f -> f.toString().endsWith(".rq")).toList();
        }
        assertTrue(files.size() > 10, files.toString());
        for (Path f : files) {
            int d = QueryNesting.depth(QueryFactory.create(Files.readString(f)));
            assertTrue(d <= QueryNesting.LIMIT / 4, f + " nests " + d + " deep");
        }
    }

    private static int depth(String query) {
        return QueryNesting.depth(QueryFactory.create(query));
    }
}
