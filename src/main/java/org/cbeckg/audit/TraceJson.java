package org.cbeckg.audit;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** A trace as JSON: the request, each observation with its sources and their re-checks, and a verdict. */
public final class TraceJson {

    private TraceJson() {
    }

    public static JsonObject of(TraceReport report) {
        JsonObject json = new JsonObject();
        json.put("request", request(report.request()));
        JsonArray figures = new JsonArray();
        report.figures().forEach(f -> figures.add(figure(f, report)));
        json.put("observations", figures);
        json.put("sourcesChecked", report.rechecks().size());
        json.put("sourcesFailed", report.failures());
        json.put("verified", report.verified());
        return json;
    }

    private static JsonObject request(TraceRequest r) {
        JsonObject json = new JsonObject();
        put(json, "input", r.input());
        r.figure().ifPresent(f -> {
            json.put("value", f.value().toPlainString());
            f.unit().ifPresent(u -> json.put("unit", u.code()));
        });
        put(json, "measure", r.measure());
        put(json, "period", r.period());
        put(json, "area", r.area());
        return json;
    }

    private static JsonObject figure(TracedFigure f, TraceReport report) {
        JsonObject json = new JsonObject();
        json.put("observation", f.observation());
        json.put("value", f.value().toPlainString());
        json.put("unit", f.unit());
        json.put("qualifier", f.qualifier());
        json.put("surfaceForm", f.surfaceForm());
        put(json, "measure", f.measure());
        put(json, "period", f.period());
        put(json, "area", f.area());
        put(json, "growthBase", f.growthBase());
        if (f.speaker() != null) {
            JsonObject speaker = new JsonObject();
            speaker.put("name", f.speaker().name());
            put(speaker, "post", f.speaker().post());
            put(speaker, "organization", f.speaker().organization());
            json.put("speaker", speaker);
        }
        put(json, "event", f.event());
        put(json, "eventDate", f.eventDate());
        JsonArray sources = new JsonArray();
        f.sources().forEach(s -> sources.add(source(s, report.recheckOf(s))));
        json.put("sources", sources);
        return json;
    }

    private static JsonObject source(Source s, Recheck check) {
        JsonObject json = new JsonObject();
        json.put("article", s.article());
        json.put("graph", s.graph());
        put(json, "title", s.title());
        put(json, "date", s.date());
        json.put("file", s.fileName());
        json.put("sha256", s.sha256());
        json.put("quote", s.exact());
        json.put("start", s.start());
        json.put("end", s.end());
        if (check != null) {
            JsonObject recheck = new JsonObject();
            recheck.put("ok", check.ok());
            put(recheck, "file", check.file() == null ? null : check.file().toString());
            put(recheck, "sha256", check.sha256());
            put(recheck, "slice", check.slice());
            JsonArray problems = new JsonArray();
            check.problems().forEach(problems::add);
            recheck.put("problems", problems);
            json.put("recheck", recheck);
        }
        return json;
    }

    static void put(JsonObject json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
