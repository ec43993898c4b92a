package org.cbeckg.lang.lexicon;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cbeckg.ClasspathText;

/**
 * The words and patterns of one set of extraction rules, kept as data in {@code /lexicon/NAME.tsv} rather than in
 * code, so that a linguist can read and extend them without reading Java. A file starts with {@code #} comment lines
 * saying what its words do, then a header row {@code name, value, does}, then one entry a row: a name the code asks
 * for, a value (a Java regex, a list of words joined by {@code |}, or a set of characters) and what the entry does.
 * In a value, {@code {other}} stands for the value of another entry of the same file, as a non-capturing group. No
 * quoting: a value is everything between its tabs, so regexes need no escaping beyond their own.
 *
 * <pre>{@code
 * Lexicon words = Lexicon.of("figure-periods");
 * Pattern flow = words.pattern("flow");          // 累计|共计|合计|新增|…
 * List<String> china = words.words("china");     // [我国, 全国, 国内]
 * }</pre>
 */
public final class Lexicon {

    private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setQuote(null).setEscape(null)
            .setCommentMarker('#').setIgnoreSurroundingSpaces(false).setTrim(false).setHeader()
            .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
    private static final Pattern REFERENCE = Pattern.compile("\\{([a-z][a-z0-9-]*)\\}");
    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final Map<String, String> values;

    Lexicon(String name, String tsv) {
        this.name = name;
        this.values = parse(name, tsv);
    }

    /** The lexicon in {@code /lexicon/NAME.tsv}, read once. */
    public static Lexicon of(String name) {
        return LOADED.computeIfAbsent(name, n -> new Lexicon(n, ClasspathText.read("/lexicon/" + n + ".tsv")));
    }

    /** The entry's value compiled as a regex, references expanded. */
    public Pattern pattern(String entry) {
        return Pattern.compile(regex(entry));
    }

    /** The entry's value with every {@code {other}} replaced by {@code (?:other's value)}. */
    public String regex(String entry) {
        return expand(entry, 0);
    }

    /** The entry's value as written: a set of characters to test with {@code indexOf}. */
    public String text(String entry) {
        String value = values.get(entry);
        if (value == null) {
            throw new IllegalArgumentException("no entry '" + entry + "' in lexicon " + name);
        }
        return value;
    }

    /** The entry's words: its value split at {@code |}. */
    public List<String> words(String entry) {
        return Arrays.stream(text(entry).split("\\|")).filter(w -> !w.isEmpty()).toList();
    }

    /** The lexicon's name: its file is {@code /lexicon/NAME.tsv}. */
    @Override
    public String toString() {
        return name;
    }

    private String expand(String entry, int depth) {
        if (depth > values.size()) {
            throw new IllegalStateException("lexicon " + name + ": entries refer to each other in a circle: " + entry);
        }
        Matcher m = REFERENCE.matcher(text(entry));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement("(?:" + expand(m.group(1), depth + 1) + ")"));
        }
        return m.appendTail(sb).toString();
    }

    private static Map<String, String> parse(String name, String tsv) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (CSVRecord r : FORMAT.parse(new StringReader(tsv))) {
                if (values.put(r.get("name"), unescape(r.get("value"))) != null) {
                    throw new IllegalStateException("lexicon " + name + ", line " + r.getRecordNumber()
                            + ": entry '" + r.get("name") + "' twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("lexicon " + name, e);
        }
        return values;
    }

    /** A value may write a tab, line break or no-break space as {@code \t}, {@code \n}, {@code \u00A0}. */
    private static String unescape(String value) {
        return value.replace("\\t", "\t").replace("\\n", "\n").replace("\\u00A0", "\u00A0");
    }
}
