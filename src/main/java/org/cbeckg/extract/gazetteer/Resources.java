package org.cbeckg.extract.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the gazetteer's data files from the classpath ({@code /gazetteer/...}).
 *
 * <pre>{@code
 * List<List<String>> rows = Resources.csvRows("provinces.csv"); // [[11, 北京市], …]
 * }</pre>
 */
final class Resources {

    static final String FOLDER = "/gazetteer/";

    private Resources() {
    }

    static String text(String fileName) {
        try (InputStream in = Resources.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Non-blank lines that are not {@code #} comments. */
    static List<String> lines(String fileName) {
        return text(fileName).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The data rows of a simple CSV (header skipped; no field holds a comma), fields unquoted. */
    static List<List<String>> csvRows(String fileName) {
        return lines(fileName).stream().skip(1).map(Resources::fields).toList();
    }

    private static List<String> fields(String line) {
        return Arrays.stream(line.split(",", -1)).map(Resources::unquote).toList();
    }

    private static String unquote(String field) {
        String f = field.strip();
        return f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1) : f;
    }
}
