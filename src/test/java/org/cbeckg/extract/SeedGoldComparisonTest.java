package org.cbeckg.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * Measures places, batches and zones on the five seeds against {@code ../shared/gold} and logs gold / found /
 * matched per kind with the misses and extras. Skipped where the shared folder is absent; asserts nothing, the
 * per-seed tests in the extractor tests do.
 */
class SeedGoldComparisonTest {

    private static final Logger LOG = Logger.getLogger(SeedGoldComparisonTest.class.getName());
    private static final Path GOLD = Path.of("..", "shared", "gold");

    /** One kind's tally over all seeds. */
    private static final class Tally {
        int gold;
        int found;
        int matched;
        int attributesRight;
        int attributes;
        final List<String> misses = new ArrayList<>();
        final List<String> extras = new ArrayList<>();

        @Override
        public String toString() {
            return String.format("gold %d, found %d, matched %d, attributes %d/%d; misses %s; extras %s", gold, found,
                    matched, attributesRight, attributes, misses, extras);
        }
    }

    @Test
    void compareWithGold() throws IOException {
        assumeTrue(Files.isDirectory(GOLD), "no ../shared/gold here");
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            Extraction x = ExtractorFixture.seed(seed);
            JsonObject gold = goldOf(seed);
            compare(seed, tallies.computeIfAbsent("places", k -> new Tally()), gold, "places", "name",
                    List.of("level", "province"), places(x));
            compare(seed, tallies.computeIfAbsent("batches", k -> new Tally()), gold, "batches", "ordinal|count",
                    List.of("count", "ordinal", "cumulative", "approved"), batches(x));
            compare(seed, tallies.computeIfAbsent("zones", k -> new Tally()), gold, "zones", "city",
                    List.of("batch", "approved"), zones(x));
        }
        tallies.forEach((kind, t) -> LOG.info(kind + ": " + t));
    }

    private static JsonObject goldOf(String seed) throws IOException {
        try (var files = Files.list(GOLD)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(seed + "_")).findFirst().orElseThrow();
            return JSON.read(p.toString());
        }
    }

    private static void compare(String seed, Tally t, JsonObject gold, String kind, String keys, List<String> attrs,
                                Map<String, Map<String, String>> found) {
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        for (JsonValue v : gold.get(kind).getAsArray()) {
            Map<String, String> row = row(v.getAsObject());
            expected.put(key(row, keys), row);
        }
        t.gold += expected.size();
        t.found += found.size();
        for (var e : expected.entrySet()) {
            Map<String, String> got = found.get(e.getKey());
            if (got == null) {
                t.misses.add(seed + ":" + e.getKey());
                continue;
            }
            t.matched++;
            for (String a : attrs) {
                t.attributes++;
                boolean same = datesAgree(e.getValue().get(a), got.get(a));
                t.attributesRight += same ? 1 : 0;
                if (!same) {
                    t.misses.add(seed + ":" + e.getKey() + "." + a + "=" + got.get(a) + "≠" + e.getValue().get(a));
                }
            }
        }
        found.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(k -> t.extras.add(seed + ":" + k));
    }

    /** Dates match when one is a prefix of the other (gold 2022 accepts 2022-02-08), as the scorer does. */
    private static boolean datesAgree(String gold, String got) {
        if (gold == null || got == null) {
            return Objects.equals(gold, got);
        }
        return gold.startsWith(got) || got.startsWith(gold);
    }

    private static String key(Map<String, String> row, String keys) {
        for (String k : keys.split("\\|")) {
            if (row.get(k) != null) {
                return row.get(k);
            }
        }
        return "?";
    }

    private static Map<String, String> row(JsonObject o) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : o.keys()) {
            JsonValue v = o.get(k);
            out.put(k, v.isNull() ? null : v.isString() ? v.getAsString().value() : v.toString().strip());
        }
        return out;
    }

    private static Map<String, Map<String, String>> places(Extraction x) {
        return byKey(x.places(), m -> m.place().name(), m -> {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("level", m.place().level().code());
            boolean top = m.place().provinceId() == null || m.place().provinceId().equals(m.place().id());
            r.put("province", top ? null : ExtractorFixture.gazetteer().byId(m.place().provinceId())
                    .orElseThrow().name());
            return r;
        });
    }

    private static Map<String, Map<String, String>> batches(Extraction x) {
        return byKey(x.batches(), b -> String.valueOf(b.ordinal() != null ? b.ordinal() : b.count()), b -> {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("count", str(b.count()));
            r.put("ordinal", str(b.ordinal()));
            r.put("cumulative", str(b.cumulative()));
            r.put("approved", str(b.approved()));
            return r;
        });
    }

    private static Map<String, Map<String, String>> zones(Extraction x) {
        return byKey(x.zones(), z -> z.city().name(), z -> {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("batch", str(z.batch()));
            r.put("approved", str(z.approved()));
            return r;
        });
    }

    private static <F> Map<String, Map<String, String>> byKey(List<F> facts, Function<F, String> key,
                                                             Function<F, Map<String, String>> attrs) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (F f : facts) {
            if (seen.add(key.apply(f))) {
                out.put(key.apply(f), attrs.apply(f));
            }
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
