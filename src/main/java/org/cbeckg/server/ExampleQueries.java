package org.cbeckg.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.cbeckg.CbecKgException;
import org.cbeckg.vocab.Vocabularies;

/**
 * The example queries shipped in the jar under {@code queries/} (copied from the project's {@code queries/} folder):
 * every {@code *.rq}, sub-folders included (e.g. {@code gold/zones.rq}), in path order, whoever added it. Each is
 * made runnable as it stands: the project's prefixes a query uses without declaring are declared in front of it.
 * Its title is its first {@code #} comment line.
 *
 * <pre>{@code List<ExampleQueries.Example> all = ExampleQueries.load();}</pre>
 */
public final class ExampleQueries {

    /**
     * One example: file name, title, the user it is for ({@link #DATA_SCIENTIST}, {@link #LINKED_DATA},
     * {@link #AUDITOR}, or {@link #TEST} for the scorer's contract), and the query text with its prefixes declared.
     */
    public record Example(String name, String title, String user, String query) {
    }

    static final String DATA_SCIENTIST = "data scientist";
    static final String LINKED_DATA = "linked data";
    static final String AUDITOR = "auditor";
    /** {@code gold/}: the extraction scorer's contract, run by tests, not offered to users. */
    static final String TEST = "test";
    private static final Pattern USER = Pattern.compile("(?m)^#\\s*user:\\s*(.+?)\\s*$");

    static final String FOLDER = "queries";
    /** jena-text's namespace: the full-text examples use {@code text:query}. */
    static final String TEXT_NS = "http://jena.apache.org/text#";

    private ExampleQueries() {
    }

    /** The prefixes offered to query writers: the project's and {@code text:}. */
    static PrefixMapping prefixes() {
        return new PrefixMappingImpl().setNsPrefixes(Vocabularies.prefixes()).setNsPrefix("text", TEXT_NS).lock();
    }

    public static List<Example> load() {
        Path root = codeSource();
        return Files.isDirectory(root) ? loadFrom(root.resolve(FOLDER)) : loadFromJar(root);
    }

    /** From the jar's entries: a zip file system would index all of the 45 MB jar first, a second of start-up. */
    static List<Example> loadFromJar(Path jar) {
        List<Example> examples = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = file.stream().filter(e -> e.getName().startsWith(FOLDER + "/")
                    && e.getName().endsWith(".rq")).sorted(Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry e : entries) {
                try (InputStream in = file.getInputStream(e)) {
                    examples.add(example(e.getName().substring(FOLDER.length() + 1),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new CbecKgException(jar.toString(), "cannot read the example queries: " + e.getMessage(), e);
        }
        return examples;
    }

    static List<Example> loadFrom(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted(Comparator.comparing(f -> folder.relativize(f).toString())).toList();
            for (Path p : found) {
                examples.add(example(folder.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new CbecKgException(folder.toString(), "cannot read the example queries: " + e.getMessage(), e);
        }
        return examples;
    }

    private static Example example(String name, String text) {
        return new Example(name, title(text, name), user(name, text), withPrefixes(text));
    }

    /** Who an example is for: its {@code # user:} line, else its folder or the "For …" of its first line. */
    static String user(String name, String text) {
        java.util.regex.Matcher m = USER.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        String title = title(text, name);
        if (name.startsWith("gold/")) {
            return TEST;
        }
        if (name.startsWith("checks/") || title.startsWith("For auditors")) {
            return AUDITOR;
        }
        return title.startsWith("For linked-data") ? LINKED_DATA : DATA_SCIENTIST;
    }

    /** Declares, in front of the query, each known prefix it uses but does not declare. */
    static String withPrefixes(String query) {
        StringBuilder head = new StringBuilder();
        for (Map.Entry<String, String> e : prefixes().getNsPrefixMap().entrySet()) {
            String p = Pattern.quote(e.getKey());
            boolean declared = Pattern.compile("(?im)^\\s*PREFIX\\s+" + p + ":").matcher(query).find();
            boolean used = Pattern.compile("(?<![\\w:<#/.-])" + p + ":").matcher(stripComments(query)).find();
            if (used && !declared) {
                head.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n");
            }
        }
        return head.isEmpty() ? query : head + query;
    }

    private static String stripComments(String query) {
        return query.replaceAll("(?m)^\\s*#.*$", "");
    }

    private static String title(String text, String name) {
        return text.lines().map(String::strip).filter(l -> l.startsWith("#")).map(l -> l.substring(1).strip())
                .filter(l -> !l.isEmpty()).findFirst().orElse(name);
    }

    private static Path codeSource() {
        try {
            return Path.of(ExampleQueries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
