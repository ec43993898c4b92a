package org.cbeckg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cbeckg.CbecKgException;

/**
 * What synthetic articles are made of: the front matter of each seed article and the pool of all their body
 * paragraphs ({@code <p>…</p>}), leaving out the editor's line, which every synthetic article gets anew.
 *
 * @param heads      each seed's front matter, up to and including its closing {@code ---} line
 * @param paragraphs every seed's paragraphs, in file order
 */
record SeedPool(List<String> heads, List<String> paragraphs) {

    private static final Pattern PARAGRAPH = Pattern.compile("<p[^>]*>.*?</p>", Pattern.DOTALL);
    private static final String EDITOR = "责任编辑";
    private static final String FENCE = "---";

    SeedPool {
        heads = List.copyOf(heads);
        paragraphs = List.copyOf(paragraphs);
    }

    /** Reads every {@code *.txt} in {@code folder}, in name order. */
    static SeedPool read(Path folder) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new CbecKgException(folder.toString(), "cannot read the seed articles: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new CbecKgException(folder.toString(), "has no *.txt seed articles to make a corpus from "
                    + "(give --seeds DIR, or --corpus DIR to use a corpus of your own)");
        }
        List<String> heads = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (Path f : files) {
            String text = readText(f);
            int open = text.indexOf(FENCE);
            int close = open < 0 ? -1 : text.indexOf("\n" + FENCE + "\n", open + FENCE.length());
            if (close < 0) {
                throw new CbecKgException(f.toString(), "has no front matter between --- lines");
            }
            int bodyStart = close + FENCE.length() + 2;
            heads.add(text.substring(0, bodyStart));
            Matcher m = PARAGRAPH.matcher(text.substring(bodyStart));
            while (m.find()) {
                if (!m.group().contains(EDITOR)) {
                    paragraphs.add(m.group());
                }
            }
        }
        return new SeedPool(heads, paragraphs);
    }

    private static String readText(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CbecKgException(f.toString(), "cannot read seed article: " + e.getMessage(), e);
        }
    }
}
