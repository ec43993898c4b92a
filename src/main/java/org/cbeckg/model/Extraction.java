package org.cbeckg.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cbeckg.article.Article;

/**
 * The facts extracted from one article so far, by kind, with the extractor that produced each kind. Immutable:
 * {@link #with} returns a new extraction.
 */
public final class Extraction {

    /** Identifies the extractor that produced a kind of fact (name and version), for provenance. */
    public record Producer(String name, String version) {
    }

    private final Article article;
    private final Map<FactKind, List<? extends Fact>> facts;
    private final Map<FactKind, Producer> producers;

    private Extraction(Article article, Map<FactKind, List<? extends Fact>> facts, Map<FactKind, Producer> producers) {
        this.article = article;
        this.facts = facts;
        this.producers = producers;
    }

    public static Extraction empty(Article article) {
        return new Extraction(Objects.requireNonNull(article), new EnumMap<>(FactKind.class),
                new EnumMap<>(FactKind.class));
    }

    public Extraction with(FactKind kind, Producer producer, List<? extends Fact> found) {
        for (Fact f : found) {
            if (!kind.type().isInstance(f)) {
                throw new IllegalArgumentException(producer + " returned a " + f.getClass().getSimpleName()
                        + " for " + kind);
            }
        }
        Map<FactKind, List<? extends Fact>> f = new EnumMap<>(FactKind.class);
        f.putAll(facts);
        f.put(kind, List.copyOf(found));
        Map<FactKind, Producer> p = new EnumMap<>(FactKind.class);
        p.putAll(producers);
        p.put(kind, producer);
        return new Extraction(article, f, p);
    }

    public Article article() {
        return article;
    }

    public List<? extends Fact> of(FactKind kind) {
        return facts.getOrDefault(kind, List.of());
    }

    public Producer producer(FactKind kind) {
        return producers.get(kind);
    }

    public boolean has(FactKind kind) {
        return facts.containsKey(kind);
    }

    @SuppressWarnings("unchecked")
    private <T extends Fact> List<T> typed(FactKind kind) {
        return (List<T>) of(kind);
    }

    public List<PlaceMention> places() {
        return typed(FactKind.PLACE);
    }

    public List<OrganizationMention> organizations() {
        return typed(FactKind.ORGANIZATION);
    }

    public List<PersonMention> persons() {
        return typed(FactKind.PERSON);
    }

    public List<EventFact> events() {
        return typed(FactKind.EVENT);
    }

    public List<BatchFact> batches() {
        return typed(FactKind.BATCH);
    }

    public List<ZoneFact> zones() {
        return typed(FactKind.ZONE);
    }

    public List<IndicatorFact> indicators() {
        return typed(FactKind.INDICATOR);
    }

    /** Every fact, in kind order. */
    public List<Fact> all() {
        return facts.values().stream().<Fact>flatMap(List::stream).toList();
    }
}
