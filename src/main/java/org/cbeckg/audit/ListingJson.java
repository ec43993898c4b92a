package org.cbeckg.audit;

import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** Conflicts or corroborated values as JSON: cells, their values with the rules that picked them, and sources. */
public final class ListingJson {

    private ListingJson() {
    }

    public static JsonArray of(List<ListedCell> cells) {
        JsonArray json = new JsonArray();
        cells.forEach(c -> json.add(cell(c)));
        return json;
    }

    private static JsonObject cell(ListedCell c) {
        JsonObject json = new JsonObject();
        TraceJson.put(json, "conflict", c.conflict());
        TraceJson.put(json, "measure", c.measure());
        TraceJson.put(json, "period", c.period());
        TraceJson.put(json, "area", c.area());
        JsonArray values = new JsonArray();
        c.values().forEach(v -> values.add(value(v)));
        json.put("values", values);
        return json;
    }

    private static JsonObject value(ListedValue v) {
        JsonObject json = new JsonObject();
        json.put("reportedValue", v.iri());
        json.put("value", v.value().toPlainString());
        json.put("unit", v.unit());
        json.put("qualifier", v.qualifier());
        json.put("corroborationCount", v.sourceCount());
        JsonArray rules = new JsonArray();
        v.pickedBy().stream().sorted().forEach(rules::add);
        json.put("bestValueBy", rules);
        JsonArray sources = new JsonArray();
        v.sources().forEach(s -> sources.add(source(s)));
        json.put("sources", sources);
        return json;
    }

    private static JsonObject source(ListedSource s) {
        JsonObject json = new JsonObject();
        json.put("observation", s.observation());
        json.put("file", s.fileName());
        TraceJson.put(json, "title", s.title());
        TraceJson.put(json, "date", s.date());
        json.put("surfaceForm", s.surfaceForm());
        json.put("quote", s.quote());
        json.put("start", s.start());
        json.put("end", s.end());
        return json;
    }
}
