package org.cbeckg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * UTF-8 text files shipped inside the jar (gazetteer, lists of bodies and names, measures, queries). A missing one
 * is a packaging error, so it fails loudly, naming the resource.
 *
 * <pre>{@code List<String> lines = ClasspathText.lines("/bodies/central-bodies.tsv");}</pre>
 */
public final class ClasspathText {

    private ClasspathText() {
    }

    /** The whole file; {@code resource} is a classpath path, with or without a leading slash. */
    public static String read(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = ClasspathText.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The file's lines, as written (no stripping, no comment handling: each format has its own). */
    public static List<String> lines(String resource) {
        return read(resource).lines().toList();
    }
}
