package org.cbeckg.lang.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The lexicon format, and the project's lexicon files: each says what its words do, and each loads. */
class LexiconTest {

    private static final Path FILES = Path.of("src/main/resources/lexicon");

    private static Lexicon of(String... rows) {
        return new Lexicon("test", "# what these words do\nname\tvalue\tdoes\n" + String.join("\n", rows) + "\n");
    }

    @Test
    void aValueIsTakenAsWrittenWithoutQuoting() {
        Lexicon l = of("quote\t[“\"‘]?十五\tquotes and backslashes stay: \\d");
        assertEquals("[“\"‘]?十五", l.text("quote"));
    }

    @Test
    void referencesExpandToGroups() {
        Lexicon l = of("num\t[0-9]+|[一二三]+\ta number", "batch\t第({num})批\tan ordinal batch");
        assertEquals("第((?:[0-9]+|[一二三]+))批", l.regex("batch"));
        assertTrue(l.pattern("batch").matcher("第三批").matches());
    }

    @Test
    void wordsAreSplitAtBars() {
        assertEquals(List.of("我国", "全国", "国内"), of("china\t我国|全国|国内\twords for China").words("china"));
    }

    @Test
    void escapesForTabsAndLineBreaks() {
        assertEquals("。！？\n", of("ends\t。！？\\n\tsentence ends").text("ends"));
    }

    @Test
    void anEntryTwiceIsAnError() {
        assertThrows(IllegalStateException.class, () -> of("a\tx\t", "a\ty\t"));
    }

    @Test
    void entriesReferringInACircleAreAnError() {
        Lexicon l = of("a\t{b}\t", "b\t{a}\t");
        assertThrows(IllegalStateException.class, () -> l.regex("a"));
    }

    @Test
    void anUnknownEntryIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> of("a\tx\t").text("b"));
    }

    @Test
    void everyShippedFileSaysWhatItsWordsDoAndLoads() throws IOException {
        try (Stream<Path> files = Files.list(FILES)) {
            List<Path> tsv = files.filter(f -> f.toString().endsWith(".tsv")).toList();
            assertTrue(tsv.size() > 40, "lexicon files: " + tsv.size());
            for (Path f : tsv) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                assertTrue(lines.get(0).startsWith("# "), f + " starts with a comment saying what its words do");
                assertTrue(lines.contains("name\tvalue\tdoes"), f + " has the header row");
                String name = f.getFileName().toString().replace(".tsv", "");
                assertEquals(name, Lexicon.of(name).toString());
            }
        }
    }
}
