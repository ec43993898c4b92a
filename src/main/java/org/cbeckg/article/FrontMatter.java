package org.cbeckg.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML-like header between two {@code ---} lines. Parsed leniently by hand rather than with a YAML library:
 * real feeds emit titles with stray quotes and colons that a strict parser rejects, and we would rather keep the
 * article and note the field than lose it.
 */
public record FrontMatter(Map<String, String> scalars, Map<String, List<String>> lists) {

    public FrontMatter {
        scalars = Map.copyOf(scalars);
        lists = Map.copyOf(lists);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(scalars.get(key)).filter(v -> !v.isBlank());
    }

    public List<String> list(String key) {
        List<String> values = lists.get(key);
        if (values != null) {
            return values;
        }
        return get(key).map(List::of).orElse(List.of());
    }

    /** Parses the lines between the delimiters; ignores lines that are not {@code key: value} or list items. */
    public static FrontMatter parse(List<String> lines) {
        Map<String, String> scalars = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        String listKey = null;
        for (String raw : lines) {
            String line = raw.stripTrailing();
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("- ") || trimmed.equals("-")) {
                if (listKey != null) {
                    String item = unquote(trimmed.substring(1).strip());
                    if (!item.isEmpty()) {
                        lists.get(listKey).add(item);
                    }
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = unquote(line.substring(colon + 1).strip());
            if (value.isEmpty()) {
                listKey = key;
                lists.put(key, new ArrayList<>());
            } else {
                listKey = null;
                scalars.put(key, value);
            }
        }
        lists.replaceAll((k, v) -> List.copyOf(v));
        return new FrontMatter(scalars, lists);
    }

    static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            return v.substring(1, v.length() - 1).replace("''", "'");
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"");
        }
        return v;
    }
}
