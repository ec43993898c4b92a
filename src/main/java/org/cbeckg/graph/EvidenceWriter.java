package org.cbeckg.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleText;
import org.cbeckg.article.Span;
import org.cbeckg.vocab.CBEC;

/**
 * Writes the Web Annotation that anchors a fact to its quote: a TextQuoteSelector (exact, prefix, suffix) for
 * robustness and a TextPositionSelector in code points for exactness, both on the article as ingested.
 */
final class EvidenceWriter {

    /** Code points of context kept before and after a quote. */
    static final int CONTEXT = 16;

    private final Model model;
    private final Iris iris;
    private final Article article;
    private final Resource articleNode;

    EvidenceWriter(Model model, Iris iris, Article article) {
        this.model = model;
        this.iris = iris;
        this.article = article;
        this.articleNode = model.createResource(iris.article(article.key()).getURI());
    }

    /**
     * Adds an annotation whose body is {@code fact} and whose target is {@code span}; links fact → annotation with
     * cbec:evidence and names the extractor. Returns the annotation.
     */
    Resource annotate(Resource fact, Span span, Resource extractor, boolean mention) {
        Resource ann = model.createResource(iris.evidence(article.key(), fact.getURI(), span).getURI())
                .addProperty(RDF.type, mention ? CBEC.Mention : CBEC.Evidence)
                .addProperty(RDF.type, OA.Annotation)
                .addProperty(OA.motivatedBy, mention ? OA.identifying : OA.describing)
                .addProperty(OA.hasBody, fact)
                .addProperty(CBEC.quote, span.exact())
                .addProperty(CBEC.extractedBy, extractor)
                .addProperty(CBEC.sourceArticle, articleNode)
                .addProperty(OA.hasTarget, target(span));
        if (!mention) {
            fact.addProperty(CBEC.evidence, ann);
        }
        return ann;
    }

    private Resource target(Span span) {
        ArticleText text = article.body();
        Resource quote = model.createResource()
                .addProperty(RDF.type, OA.TextQuoteSelector)
                .addProperty(OA.exact, span.exact())
                .addProperty(OA.prefix, text.slice(Math.max(0, span.start() - CONTEXT), span.start()))
                .addProperty(OA.suffix, text.slice(span.end(), Math.min(text.length(), span.end() + CONTEXT)));
        Resource position = model.createResource()
                .addProperty(RDF.type, OA.TextPositionSelector)
                .addLiteral(OA.start, model.createTypedLiteral(String.valueOf(span.start()),
                        XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(OA.end, model.createTypedLiteral(String.valueOf(span.end()),
                        XSDDatatype.XSDnonNegativeInteger));
        return model.createResource()
                .addProperty(RDF.type, OA.SpecificResource)
                .addProperty(OA.hasSource, articleNode)
                .addProperty(OA.hasSelector, quote)
                .addProperty(OA.hasSelector, position);
    }
}
