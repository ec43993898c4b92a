package org.cbeckg.graph;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleText;
import org.cbeckg.article.Span;
import org.cbeckg.model.BatchFact;
import org.cbeckg.model.ChineseOrdinals;
import org.cbeckg.model.EventFact;
import org.cbeckg.model.EventKind;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.OrganizationMention;
import org.cbeckg.model.PartialDate;
import org.cbeckg.model.PersonMention;
import org.cbeckg.model.PlaceMention;
import org.cbeckg.model.ZoneFact;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies;
import org.cbeckg.vocab.Vocabularies.FOAF;
import org.cbeckg.vocab.Vocabularies.PROV;
import org.cbeckg.vocab.Vocabularies.QB;
import org.cbeckg.vocab.Vocabularies.SCHEMA;
import org.cbeckg.vocab.Vocabularies.SDMX;
import org.cbeckg.vocab.Vocabularies.SPDX;
import org.cbeckg.vocab.StoredDecimal;

/**
 * Turns one article's extraction into its named graph: the article node (title, dates, file name, SHA-256, the
 * normalised text), the ingest activity and extractors (PROV-O), every fact with {@code cbec:sourceArticle},
 * {@code cbec:extractedBy} and a Web Annotation of its quote, and the descriptions of the entities it mentions.
 * Pure: the same extraction and timestamp give an isomorphic graph.
 *
 * <pre>{@code
 * ArticleGraph g = new ArticleGraphMapper(new Iris(base)).map(extraction, Instant.now(), pipeline.version());
 * }</pre>
 */
public final class ArticleGraphMapper {

    private final Iris iris;

    public ArticleGraphMapper(Iris iris) {
        this.iris = Objects.requireNonNull(iris);
    }

    public ArticleGraph map(Extraction extraction, Instant ingestedAt, String pipelineVersion) {
        Article article = extraction.article();
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(Vocabularies.prefixes());
        Writer w = new Writer(model, article, extraction);
        Resource activity = w.describeArticle(ingestedAt, pipelineVersion);
        w.describeExtractors(activity);
        // a place written only inside a body's name (宁波海曙某某有限公司, 浙江省商务厅) is the body's, not a mention
        extraction.places().stream().filter(p -> extraction.organizations().stream()
                .noneMatch(o -> inside(p.evidence(), o.evidence()))).forEach(w::place);
        extraction.organizations().forEach(w::organization);
        extraction.persons().forEach(w::person);
        extraction.events().forEach(w::event);
        extraction.batches().forEach(w::batch);
        extraction.zones().forEach(w::zone);
        List<IndicatorFact> figures = extraction.indicators();
        List<Resource> observations = figures.stream().map(w::indicator).toList();
        linkGrowthRates(figures, observations);
        return new ArticleGraph(article.fileName(), article.sha256(), pipelineVersion,
                iris.articleGraph(article.key()), model);
    }

    /** Whether {@code part} lies within {@code whole} and is shorter. */
    private static boolean inside(Span part, Span whole) {
        return whole.start() <= part.start() && part.end() <= whole.end() && part.length() < whole.length();
    }

    /** The state of one mapping run: the model being written and the article's nodes. */
    /**
     * Links each rate of change to the article's figures it states the growth of ({@code cbec:growthOf}), so that a
     * query comparing a rate with its values goes from one to the other without searching the article.
     */
    private static void linkGrowthRates(List<IndicatorFact> figures, List<Resource> observations) {
        for (int i = 0; i < figures.size(); i++) {
            for (int j = 0; j < figures.size(); j++) {
                if (figures.get(i).isGrowthOf(figures.get(j))) {
                    observations.get(i).addProperty(CBEC.growthOf, observations.get(j));
                }
            }
        }
    }

    private final class Writer {
        final Model model;
        final Article article;
        final Extraction extraction;
        final Resource articleNode;
        final EntityDescriber describe;
        final EvidenceWriter evidence;
        final Map<FactKind, Resource> extractors = new EnumMap<>(FactKind.class);

        Writer(Model model, Article article, Extraction extraction) {
            this.model = model;
            this.article = article;
            this.extraction = extraction;
            this.articleNode = model.createResource(iris.article(article.key()).getURI());
            this.describe = new EntityDescriber(model, iris);
            this.evidence = new EvidenceWriter(model, iris, article);
        }

        Resource describeArticle(Instant ingestedAt, String pipelineVersion) {
            ArticleText text = article.body();
            articleNode.addProperty(RDF.type, CBEC.Article)
                    .addProperty(RDF.type, SCHEMA.NewsArticle)
                    .addProperty(CBEC.fileName, article.fileName())
                    .addProperty(CBEC.sha256, article.sha256())
                    .addProperty(SPDX.checksum, model.createResource()
                            .addProperty(RDF.type, SPDX.Checksum)
                            .addProperty(SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
                            .addProperty(SPDX.checksumValue, article.sha256()))
                    .addProperty(CBEC.text, text.text())
                    .addProperty(CBEC.textNormalisation, ArticleText.NORMALISATION)
                    .addLiteral(CBEC.codePointLength, typed(String.valueOf(text.length()),
                            XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(CBEC.pipelineVersion, pipelineVersion)
                    .addProperty(DCTerms.language, "zh");
            if (!article.title().isEmpty()) {
                articleNode.addProperty(DCTerms.title, article.title(), "zh")
                        .addProperty(SCHEMA.headline, article.title(), "zh");
            }
            if (!article.author().isEmpty()) {
                articleNode.addProperty(DCTerms.creator, article.author());
            }
            article.categories().forEach(c -> articleNode.addProperty(DCTerms.subject, c));
            article.images().stream().filter(i -> i.matches("https?://\\S+"))
                    .forEach(i -> articleNode.addProperty(SCHEMA.image, model.createResource(i)));
            if (article.published() != null) {
                articleNode.addLiteral(SCHEMA.datePublished, typed(article.published()
                        .withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString(), XSDDatatype.XSDdateTime));
            }
            article.publishedDate().ifPresent(d -> articleNode.addLiteral(CBEC.publicationDate,
                    typed(d.toString(), XSDDatatype.XSDdate)));
            Resource activity = model.createResource(iris.ingest(article.key(), article.sha256()).getURI())
                    .addProperty(RDF.type, CBEC.IngestActivity)
                    .addLiteral(PROV.startedAtTime, typed(ingestedAt.toString(), XSDDatatype.XSDdateTime))
                    .addProperty(PROV.used, articleNode);
            articleNode.addProperty(PROV.wasGeneratedBy, activity);
            model.createResource(iris.articleGraph(article.key()).getURI())
                    .addProperty(RDF.type, CBEC.ArticleGraph)
                    .addProperty(FOAF.primaryTopic, articleNode)
                    .addProperty(PROV.wasGeneratedBy, activity);
            return activity;
        }

        void describeExtractors(Resource activity) {
            for (FactKind kind : FactKind.values()) {
                Extraction.Producer p = extraction.producer(kind);
                if (p == null) {
                    continue;
                }
                Resource e = model.createResource(iris.extractor(p.name(), p.version()).getURI())
                        .addProperty(RDF.type, CBEC.Extractor)
                        .addProperty(CBEC.extractorName, p.name())
                        .addProperty(CBEC.extractorVersion, p.version())
                        .addProperty(RDFS.label, p.name() + " " + p.version());
                activity.addProperty(PROV.wasAssociatedWith, e);
                extractors.put(kind, e);
            }
        }

        void place(PlaceMention m) {
            mention(describe.place(m.place()), m.evidence(), FactKind.PLACE);
        }

        void organization(OrganizationMention m) {
            mention(describe.organization(m.organization()), m.evidence(), FactKind.ORGANIZATION);
        }

        private void mention(Resource entity, org.cbeckg.article.Span span, FactKind kind) {
            articleNode.addProperty(SCHEMA.mentions, entity);
            evidence.annotate(entity, span, extractors.get(kind), true);
        }

        void person(PersonMention m) {
            Resource person = describe.person(m.name(), m.organization(), m.kind());
            articleNode.addProperty(SCHEMA.mentions, person);
            String post = m.post() == null ? "" : m.post();
            Resource holding = fact(iris.postHolding(article.key(), m.name(), post, m.evidence()), FactKind.PERSON)
                    .addProperty(RDF.type, CBEC.PostHolding)
                    .addProperty(ORG.member, person);
            if (!post.isEmpty()) {
                holding.addProperty(ORG.role, describe.post(post)).addProperty(CBEC.postTitle, post);
            }
            if (m.organization() != null) {
                holding.addProperty(ORG.organization, describe.organization(m.organization()));
            }
            evidence.annotate(holding, m.evidence(), extractors.get(FactKind.PERSON), false);
        }

        void event(EventFact e) {
            String organizerId = e.organizer() == null ? "" : e.organizer().id();
            Resource node = e.kind() == EventKind.APPROVAL
                    ? iris.approvalEvent(e.label())
                    : iris.event(e.kind().code(), organizerId, e.date() == null ? null : e.date().toString(),
                            e.label());
            Resource event = fact(node, FactKind.EVENT)
                    .addProperty(RDF.type, CBEC.Event)
                    .addProperty(RDF.type, eventClass(e.kind()))
                    .addProperty(CBEC.eventKind, CBEC.concept(e.kind()))
                    .addProperty(RDFS.label, e.label(), "zh");
            if (e.date() != null) {
                event.addLiteral(CBEC.eventDate, date(e.date())).addLiteral(SCHEMA.startDate, date(e.date()));
            }
            if (e.organizer() != null) {
                event.addProperty(SCHEMA.organizer, describe.organization(e.organizer()));
            }
            if (e.kind() == EventKind.APPROVAL) {
                event.addProperty(CBEC.approvalDocument, document(e.label()));
            }
            evidence.annotate(event, e.evidence(), extractors.get(FactKind.EVENT), false);
        }

        void batch(BatchFact b) {
            Resource node = b.ordinal() != null ? iris.batch(b.ordinal())
                    : b.document() != null ? iris.batchByDocument(b.document())
                    : iris.batchInArticle(article.key(), b.evidence());
            Resource batch = fact(node, FactKind.BATCH);
            describeBatch(batch, b.ordinal());
            if (b.count() != null) {
                batch.addLiteral(CBEC.zoneCount, typed(b.count().toString(), XSDDatatype.XSDnonNegativeInteger));
            }
            if (b.cumulative() != null) {
                batch.addLiteral(CBEC.cumulativeZoneCount, typed(b.cumulative().toString(),
                        XSDDatatype.XSDnonNegativeInteger));
            }
            if (b.approved() != null) {
                batch.addLiteral(CBEC.approvalDate, date(b.approved()));
            }
            if (b.document() != null) {
                batch.addProperty(CBEC.approvalDocument, document(b.document()));
                extraction.events().stream()
                        .filter(e -> e.kind() == EventKind.APPROVAL && e.label().equals(b.document()))
                        .findFirst().ifPresent(e -> batch.addProperty(CBEC.approvedBy, iris.approvalEvent(e.label())));
            }
            b.cities().forEach(c -> batch.addProperty(CBEC.includesCity, describe.place(c)));
            evidence.annotate(batch, b.evidence(), extractors.get(FactKind.BATCH), false);
        }

        private void describeBatch(Resource batch, Integer ordinal) {
            batch.addProperty(RDF.type, CBEC.ApprovalBatch);
            if (ordinal != null) {
                batch.addLiteral(CBEC.ordinal, typed(ordinal.toString(), XSDDatatype.XSDpositiveInteger))
                        .addProperty(RDFS.label, "第" + ChineseOrdinals.of(ordinal) + "批跨境电子商务综合试验区", "zh")
                        .addProperty(RDFS.label, "Pilot zone batch " + ordinal, "en");
            }
        }

        void zone(ZoneFact z) {
            String shortName = z.city().shortNames().isEmpty() ? z.city().name() : z.city().shortNames().get(0);
            Resource zone = fact(iris.zone(z.city()), FactKind.ZONE)
                    .addProperty(RDF.type, CBEC.PilotZone)
                    .addProperty(SKOS.prefLabel, "中国（" + shortName + "）跨境电子商务综合试验区", "zh")
                    .addProperty(RDFS.label, "中国（" + shortName + "）跨境电子商务综合试验区", "zh")
                    .addProperty(SKOS.altLabel, shortName + "综试区", "zh")
                    .addProperty(CBEC.city, describe.place(z.city()));
            if (z.city().nameEn() != null) {
                zone.addProperty(RDFS.label, "China (" + z.city().nameEn()
                        + ") Cross-border E-commerce Comprehensive Pilot Zone", "en");
            }
            if (z.batch() != null) {
                Resource batch = model.createResource(iris.batch(z.batch()).getURI());
                describeBatch(batch, z.batch());
                zone.addProperty(CBEC.inBatch, batch);
            }
            if (z.approved() != null) {
                zone.addLiteral(CBEC.approvalDate, date(z.approved()));
            }
            evidence.annotate(zone, z.evidence(), extractors.get(FactKind.ZONE), false);
        }

        Resource indicator(IndicatorFact f) {
            String figureKey = f.measure().path() + "|" + (f.measureNote() == null ? "" : f.measureNote()) + "|"
                    + f.value().stripTrailingZeros().toPlainString() + "|" + f.unit() + "|" + f.qualifier() + "|"
                    + (f.period() == null ? "" : f.period().code()) + "|" + (f.area() == null ? "" : f.area().id());
            Resource obs = fact(iris.observation(article.key(), figureKey, f.evidence()), FactKind.INDICATOR)
                    .addProperty(RDF.type, CBEC.IndicatorObservation)
                    .addProperty(RDF.type, QB.Observation)
                    .addProperty(QB.dataSet, iris.indicatorDataset())
                    .addProperty(CBEC.measure, describe.measure(f.measure()))
                    .addLiteral(SDMX.obsValue, typed(StoredDecimal.lexical(f.value()), XSDDatatype.XSDdecimal))
                    .addProperty(SDMX.unitMeasure, CBEC.concept(f.unit()))
                    .addProperty(CBEC.qualifier, CBEC.concept(f.qualifier()))
                    .addProperty(CBEC.outlook, CBEC.concept(f.outlook()))
                    .addProperty(CBEC.surfaceForm, f.surfaceForm());
            if (f.area() != null) {
                obs.addProperty(SDMX.refArea, describe.place(f.area()));
            }
            if (f.period() != null) {
                obs.addProperty(SDMX.refPeriod, describe.period(f.period()));
            }
            if (f.period() != null && !f.measure().isUnclassified()) {
                // figures of the unclassified measure measure different, unknown things: no cell compares them
                obs.addProperty(CBEC.cell, cell(obs));
            }
            if (f.growthBase() != null) {
                obs.addProperty(CBEC.growthBase, f.growthBase());
            }
            if (f.measureNote() != null) {
                obs.addProperty(CBEC.measureNote, f.measureNote(), "zh");
            }
            if (f.speaker() != null) {
                obs.addProperty(PROV.wasAttributedTo, iris.person(f.speaker().name(), f.speaker().organization()));
                soleEvent(EventKind.PRESS_CONFERENCE).ifPresent(ev -> obs.addProperty(CBEC.statedAt, ev));
            }
            evidence.annotate(obs, f.evidence(), extractors.get(FactKind.INDICATOR), false);
            return obs;
        }

        /** The figure cell of an observation with a period: where the derived graph compares it with others. */
        private Resource cell(Resource obs) {
            Resource area = obs.getPropertyResourceValue(SDMX.refArea);
            return iris.cell(Iris.cellKey(obs.getPropertyResourceValue(CBEC.measure).getURI(),
                    obs.getPropertyResourceValue(SDMX.refPeriod).getURI(), area == null ? null : area.getURI(),
                    obs.getPropertyResourceValue(SDMX.unitMeasure).getURI()));
        }

        /** The article's one event of a kind, when it reports exactly one: a figure said there was said at it. */
        private java.util.Optional<Resource> soleEvent(EventKind kind) {
            List<EventFact> found = extraction.events().stream().filter(e -> e.kind() == kind).toList();
            if (found.size() != 1) {
                return java.util.Optional.empty();
            }
            EventFact e = found.get(0);
            return java.util.Optional.of(iris.event(kind.code(), e.organizer() == null ? "" : e.organizer().id(),
                    e.date() == null ? null : e.date().toString(), e.label()));
        }

        private Resource fact(Resource iri, FactKind kind) {
            return model.createResource(iri.getURI())
                    .addProperty(CBEC.sourceArticle, articleNode)
                    .addProperty(CBEC.extractedBy, extractors.get(kind));
        }

        private Resource document(String title) {
            return model.createResource(iris.document(title).getURI())
                    .addProperty(RDF.type, CBEC.ApprovalDocument)
                    .addProperty(DCTerms.title, title, "zh")
                    .addProperty(RDFS.label, title, "zh");
        }

        private Literal date(PartialDate d) {
            return typed(d.toString(), switch (d.precision()) {
                case YEAR -> XSDDatatype.XSDgYear;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                case DAY -> XSDDatatype.XSDdate;
            });
        }

        private Literal typed(String lexical, XSDDatatype type) {
            return model.createTypedLiteral(lexical, type);
        }
    }

    private static Resource eventClass(EventKind kind) {
        return switch (kind) {
            case PRESS_CONFERENCE -> CBEC.PressConference;
            case APPROVAL -> CBEC.Approval;
            case EVALUATION -> CBEC.Evaluation;
            case OTHER -> CBEC.Event;
        };
    }
}
