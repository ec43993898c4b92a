package org.cbeckg.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.cbeckg.article.Span;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.Organization;
import org.cbeckg.model.Period;
import org.cbeckg.model.Place;
import org.cbeckg.model.Scope;

/**
 * The one place IRIs are minted. Shared entities (bodies, places, zones, batches, persons, measures, periods) get IRIs
 * that depend only on what they are, never on the article, so the same zone in two articles is one node. Facts and
 * evidence get IRIs scoped by the article key and a hash of what they say, so re-ingesting an unchanged file mints
 * the same IRIs. Chinese names are never spliced into IRIs: they are hashed, or a code stands in for them (a measure's
 * IRI is the path of vocabulary slugs its key is made of).
 *
 * <pre>{@code
 * Iris iris = new Iris("http://localhost:3030/");
 * iris.place(place);   // http://localhost:3030/id/place/330700
 * }</pre>
 */
public final class Iris {

    /** The default base, so that on a local server every minted IRI dereferences as it stands. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw new IllegalArgumentException("base IRI must be an http(s) IRI ending in '/': " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    public Resource article(String key) {
        return id("article", segment(key));
    }

    public Resource articleGraph(String key) {
        return iri("graph/article/" + segment(key));
    }

    /** Graph of reference data: gazetteer places and the list of bodies. */
    public Resource referenceGraph() {
        return iri("graph/reference");
    }

    /** Graph holding the ontology and its code lists. */
    public Resource ontologyGraph() {
        return iri("graph/ontology");
    }

    /** Graph of facts derived across articles (conflicts, corroboration, best values); rebuilt after each ingest. */
    public Resource derivedGraph() {
        return iri("graph/derived");
    }

    public Resource organization(Organization org) {
        return organizationById(org.id());
    }

    public Resource organizationById(String orgId) {
        return id("org", segment(orgId));
    }

    public Resource place(Place place) {
        return id("place", segment(place.id()));
    }

    public Resource placeById(String placeId) {
        return id("place", segment(placeId));
    }

    public Resource zone(Place city) {
        return id("zone", segment(city.id()));
    }

    public Resource person(String name, Organization org) {
        return id("person", hash(name + "|" + (org == null ? "" : org.id())));
    }

    public Resource post(String title) {
        return id("post", hash(title));
    }

    public Resource postHolding(String articleKey, String personName, String post, Span evidence) {
        return id("post-holding", segment(articleKey) + "/" + hash(personName + "|" + post + "|" + evidence.start()));
    }

    public Resource batch(int ordinal) {
        return id("batch", String.valueOf(ordinal));
    }

    /** A batch whose ordinal the article does not give: named by its approval document when known. */
    public Resource batchByDocument(String documentTitle) {
        return id("batch", "doc-" + hash(documentTitle));
    }

    /** A batch known only from one article's words. */
    public Resource batchInArticle(String articleKey, Span evidence) {
        return id("batch", segment(articleKey) + "-" + evidence.start());
    }

    public Resource document(String title) {
        return id("document", hash(title));
    }

    public Resource event(String kind, String organizerId, String date, String label) {
        return id("event", hash(kind + "|" + organizerId + "|" + date + "|" + (date == null ? label : "")));
    }

    public Resource approvalEvent(String documentTitle) {
        return id("event", "approval-" + hash(documentTitle));
    }

    /**
     * A measure by its key's path, readable and stable: {@code id/measure/cbec-trade-value/export/growth}. The path is
     * made of vocabulary slugs and codes (lower-case ASCII), so it needs no escaping.
     */
    public Resource measure(MeasureKey key) {
        return id("measure", key.path());
    }

    /** A scope of measures: {@code id/measure-scope/export}. */
    public Resource measureScope(Scope scope) {
        return id("measure-scope", segment(scope.slug()));
    }

    public Resource period(Period period) {
        return id("period", segment(period.code().replace('/', '_')));
    }

    public Resource date(LocalDate date) {
        return id("date", date.toString());
    }

    /** Keyed by everything the figure says, since one clause can carry two figures of one measure. */
    public Resource observation(String articleKey, String figureKey, Span evidence) {
        return id("observation", segment(articleKey) + "/" + hash(figureKey + "|" + evidence.start() + "|"
                + evidence.end()));
    }

    public Resource evidence(String articleKey, String about, Span span) {
        return id("evidence", segment(articleKey) + "/" + hash(about + "|" + span.start() + "|" + span.end()));
    }

    /**
     * What identifies a figure cell: the measure, period, area (empty when the figure names none) and unit IRIs.
     * The article graph's {@code cbec:cell} links and the derived graph's IRIs are all minted from this one key.
     */
    public static String cellKey(String measure, String period, String area, String unit) {
        return measure + "|" + period + "|" + (area == null ? "" : area) + "|" + unit;
    }

    /** One cell (measure × period × area × unit), where the figures articles state are compared. */
    public Resource cell(String cellKey) {
        return id("cell", hash(cellKey));
    }

    /** The series of cells of one measure and area (empty when none) over every period and unit. */
    public Resource series(String measure, String area) {
        return id("series", hash(measure + "|" + (area == null ? "" : area)));
    }

    /** A value stated for one cell (measure × period × area × unit), keyed by what identifies the cell and value. */
    public Resource reportedValue(String cellKey, String valueKey) {
        return id("reported-value", hash(cellKey) + "/" + hash(valueKey));
    }

    /** The conflict among the values stated for one cell. */
    public Resource figureConflict(String cellKey) {
        return id("conflict", hash(cellKey));
    }

    /** A growth rate stated with one of a cell's values, compared with a value stated a year earlier. */
    public Resource growthComparison(String cellIri, String comparisonKey) {
        return id("growth-comparison", hash(cellIri) + "/" + hash(comparisonKey));
    }

    /** The value a selection rule picks for one cell. */
    public Resource bestValue(String cellKey, String rule) {
        return id("best-value", hash(cellKey) + "/" + segment(rule));
    }

    /** The Data Cube data set of best values, one per cell and rule. */
    public Resource bestValueDataset() {
        return id("dataset", "best-values");
    }

    public Resource extractor(String name, String version) {
        return id("extractor", segment(name) + "/" + segment(version));
    }

    public Resource ingest(String articleKey, String sha256) {
        return id("ingest", segment(articleKey) + "/" + sha256.substring(0, 16));
    }

    public Resource indicatorDataset() {
        return id("dataset", "indicators");
    }

    /** Whether an IRI was minted under this base (and so should dereference on our server). */
    public boolean isOurs(String iri) {
        return iri.startsWith(base);
    }

    private Resource id(String type, String rest) {
        return iri("id/" + type + "/" + rest);
    }

    private Resource iri(String path) {
        return ResourceFactory.createResource(base + path);
    }

    /** Percent-encodes anything outside the unreserved set, so any file name makes a valid path segment. */
    static String segment(String raw) {
        return IRILib.encodeUriComponent(raw);
    }

    /** A short stable hash: 16 hex digits of SHA-256 (64 bits, ample for per-article and per-name keys). */
    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
