package org.cbeckg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which package may use which, read from the import lines of {@code src/main/java}: the stages above {@code extract}
 * that only read facts ({@code vocab}, {@code graph}, {@code audit}) depend on {@code model}, never on the
 * extractors, and {@code model} depends on no stage. {@code article} is a leaf (the input record and its text,
 * which facts' spans point into), so {@code model} may use it without a cycle.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final int MAX_LINES = 400;
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?(org\\.cbeckg\\.[\\w.]+)\\s*;");

    /** One project import: the importing file's package and the imported package. */
    record Use(Path file, String from, String to) {
        @Override
        public String toString() {
            return file + " imports " + to;
        }
    }

    private static List<Use> uses;

    @BeforeAll
    static void readImports() throws IOException {
        uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = SOURCES.relativize(file.getParent()).toString().replace('\\', '.').replace('/', '.');
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Matcher m = IMPORT.matcher(line.strip());
                    if (m.find()) {
                        uses.add(new Use(file, from, packageOf(m.group(1))));
                    }
                }
            }
        }
    }

    /** The package part of an imported name: the segments before the first capitalised one (a class). */
    static String packageOf(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.")) {
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
            parts.add(part);
        }
        return String.join(".", parts);
    }

    private static boolean in(String pkg, String stage) {
        String base = "org.cbeckg." + stage;
        return pkg.equals(base) || pkg.startsWith(base + ".");
    }

    private static List<Use> violations(String stage, Predicate<String> forbidden) {
        return uses.stream().filter(u -> in(u.from(), stage) && forbidden.test(u.to())).toList();
    }

    @Test
    void importsAreRead() {
        assertFalse(uses.isEmpty(), "no project imports found under " + SOURCES.toAbsolutePath());
        assertEquals("org.cbeckg.model.place", packageOf("org.cbeckg.model.place.Gazetteer.Entry"));
    }

    @Test
    void factReadersDoNotUseTheExtractors() {
        for (String stage : List.of("vocab", "graph", "audit")) {
            assertEquals(List.of(), violations(stage, to -> in(to, "extract")), stage + " must not import extract");
        }
    }

    @Test
    void modelUsesNoStage() {
        Predicate<String> allowed = to -> to.equals("org.cbeckg") || in(to, "model") || in(to, "article");
        assertEquals(List.of(), violations("model", allowed.negate()), "model may import only model and article");
    }

    @Test
    void articleIsALeaf() {
        assertEquals(List.of(), violations("article", to -> !to.equals("org.cbeckg") && !in(to, "article")),
                "article may import nothing of the project but the root package");
    }

    /** Small files: a class that grows past this has more than one job and is split by topic. */
    @Test
    void noSourceFileExceedsFourHundredLines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path root : List.of(SOURCES, Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    long lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
                    if (lines > MAX_LINES) {
                        tooLong.add(file + ": " + lines + " lines");
                    }
                }
            }
        }
        assertEquals(List.of(), tooLong, "no source file may exceed " + MAX_LINES + " lines");
    }

    /** Extractors match on the normalised view ({@code article.view()}), never on the stored text. */
    @Test
    void extractorsReadTheNormalisedView() throws IOException {
        Pattern stored = Pattern.compile("\\barticle\\.(?:body|text)\\(\\)");
        List<Path> reading = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("org/cbeckg/extract"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (stored.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                    reading.add(file);
                }
            }
        }
        assertEquals(List.of(), reading, "extractors must read article.view(), not the stored text");
    }

    @Test
    void numberGrammarUsesOnlyTheModel() {
        Predicate<String> allowed = to -> to.equals("org.cbeckg") || in(to, "lang") || in(to, "model")
                || in(to, "article");
        assertEquals(List.of(), violations("lang", allowed.negate()), "lang may import only model and article");
    }
}
