package org.cbeckg.server;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.cbeckg.CbecKgException;
import org.cbeckg.vocab.Vocabularies;

/**
 * The example queries shipped in the jar under {@code queries/} (copied from the project's {@code queries/} folder):
 * every {@code *.rq}, in name order, whoever added it. Each is made runnable as it stands: the project's prefixes a
 * query uses without declaring are declared in front of it. Its title is its first {@code #} comment line.
 *
 * <pre>{@code List<ExampleQueries.Example> all = ExampleQueries.load();}</pre>
 */
final class ExampleQueries {

    /** One example: file name, title, and the query text with its prefixes declared. */
    record Example(String name, String title, String query) {
    }

    static final String FOLDER = "queries";
    /** jena-text's namespace: the full-text examples use {@code text:query}. */
    static final String TEXT_NS = "http://jena.apache.org/text#";

    private ExampleQueries() {
    }

    /** The prefixes offered to query writers: the project's and {@code text:}. */
    static PrefixMapping prefixes() {
        return new PrefixMappingImpl().setNsPrefixes(Vocabularies.prefixes()).setNsPrefix("text", TEXT_NS).lock();
    }

    static List<Example> load() {
        Path root = codeSource();
        if (Files.isDirectory(root)) {
            return loadFrom(root.resolve(FOLDER));
        }
        try (FileSystem jar = FileSystems.newFileSystem(root)) {
            return loadFrom(jar.getPath(FOLDER));
        } catch (IOException e) {
            throw new CbecKgException(root.toString(), "cannot read the example queries: " + e.getMessage(), e);
        }
    }

    static List<Example> loadFrom(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String name = p.getFileName().toString();
                examples.add(new Example(name, title(text, name), withPrefixes(text)));
            }
        } catch (IOException e) {
            throw new CbecKgException(folder.toString(), "cannot read the example queries: " + e.getMessage(), e);
        }
        return examples;
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
