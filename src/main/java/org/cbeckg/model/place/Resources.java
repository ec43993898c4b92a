package org.cbeckg.model.place;

import java.util.Arrays;
import java.util.List;

import org.cbeckg.ClasspathText;

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
        return ClasspathText.read(FOLDER + fileName);
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
