package org.cbeckg.server;

/**
 * The server's documented paths, in one place so pages, descriptions and tests agree. The dataset is named
 * {@code /kg}, not {@code /id} or {@code /graph}: Fuseki's dispatch takes {@code /{dataset}/...} first, so a dataset
 * named like a linked-data prefix would swallow those IRIs.
 */
public final class ServerPaths {

    /** The SPARQL dataset: query and Graph Store Protocol read, nothing else. */
    public static final String DATASET = "/kg";
    /** SPARQL 1.1 query (GET and POST); GET without a query answers the Service Description. */
    public static final String SPARQL = DATASET + "/sparql";
    /** Graph Store Protocol, read only, one named graph at a time ({@code ?graph=IRI}). */
    public static final String GRAPH_STORE = DATASET + "/get";
    public static final String VOID = "/.well-known/void";
    public static final String UI = "/ui/";
    public static final String DUMPS = "/dumps/";
    public static final String SEARCH = "/search";
    /** Auditors: every source of a figure, re-checked against its file. */
    public static final String TRACE = "/trace";
    /** Auditors: figures that disagree between articles, and corroborated ones. */
    public static final String CONFLICTS = "/conflicts";
    /** Any IRI the store describes, by {@code ?iri=} (for IRIs not minted under this server's base). */
    public static final String RESOURCE = "/resource";
    public static final String PING = "/$/ping";
    /** The pilot zones on a map of China, batch by batch. */
    public static final String MAP = "/map";
    /** Figures of a measure × area over time, one point per article's statement. */
    public static final String CHART = "/chart";

    /** Response header saying a query's LIMIT was lowered to the server's result cap. */
    public static final String RESULT_LIMIT_HEADER = "X-CBEC-Result-Limit";

    private ServerPaths() {
    }
}
