package org.cbeckg.graph;

import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.Organization;
import org.cbeckg.model.Period;
import org.cbeckg.model.PersonKind;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.Scope;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies.FOAF;
import org.cbeckg.vocab.Vocabularies.TIME;

/**
 * Writes the self-contained description of a shared entity (type, labels, kind or level, code, parent) into a model.
 * Each article graph carries the descriptions of what it mentions, so one graph read alone still has its labels;
 * the reference graph carries them for every known body and place.
 */
public final class EntityDescriber {

    private final Model model;
    private final Iris iris;

    public EntityDescriber(Model model, Iris iris) {
        this.model = model;
        this.iris = iris;
    }

    public Resource organization(Organization org) {
        Resource r = model.createResource(iris.organization(org).getURI())
                .addProperty(RDF.type, CBEC.Organization)
                .addProperty(SKOS.prefLabel, org.name(), "zh")
                .addProperty(RDFS.label, org.name(), "zh")
                .addProperty(CBEC.orgKind, CBEC.concept(org.kind()));
        if (!org.fullName().equals(org.name())) {
            r.addProperty(CBEC.officialName, org.fullName(), "zh");
        }
        org.aliases().forEach(a -> r.addProperty(SKOS.altLabel, a, "zh"));
        if (org.nameEn() != null && !org.nameEn().isBlank()) {
            r.addProperty(RDFS.label, org.nameEn(), "en").addProperty(SKOS.prefLabel, org.nameEn(), "en");
        }
        if (org.placeId() != null) {
            r.addProperty(CBEC.jurisdiction, iris.placeById(org.placeId()));
        }
        if (org.successorId() != null) {
            // A body named as it was before a reform stays itself; the link says who took over its work.
            r.addProperty(DCTerms.isReplacedBy, iris.organizationById(org.successorId()));
        }
        if (org.parentId() != null) {
            r.addProperty(ORG.subOrganizationOf, iris.organizationById(org.parentId()));
        }
        return r;
    }

    public Resource place(Place place) {
        Resource r = model.createResource(iris.place(place).getURI())
                .addProperty(RDF.type, CBEC.Place)
                .addProperty(SKOS.prefLabel, place.name(), "zh")
                .addProperty(RDFS.label, place.name(), "zh")
                .addProperty(CBEC.placeLevel, CBEC.concept(place.level()));
        place.shortNames().forEach(s -> r.addProperty(SKOS.altLabel, s, "zh"));
        if (place.nameEn() != null && !place.nameEn().isBlank()) {
            r.addProperty(RDFS.label, place.nameEn(), "en").addProperty(SKOS.prefLabel, place.nameEn(), "en");
        }
        if (place.isChineseDivision()) {
            r.addProperty(CBEC.divisionCode, place.id());
        } else if (place.level() == PlaceLevel.COUNTRY && place.id().matches("[A-Z]{2}")) {
            r.addProperty(CBEC.isoCode, place.id());
        }
        if (place.parentId() != null) {
            r.addProperty(CBEC.parentPlace, iris.placeById(place.parentId()));
        }
        if (place.provinceId() != null && !place.provinceId().equals(place.id())) {
            r.addProperty(CBEC.province, iris.placeById(place.provinceId()));
        }
        return r;
    }

    public Resource person(String name, Organization org, PersonKind kind) {
        return model.createResource(iris.person(name, org).getURI())
                .addProperty(RDF.type, CBEC.Person)
                .addProperty(FOAF.name, name)
                .addProperty(RDFS.label, name, "zh")
                .addProperty(SKOS.prefLabel, name, "zh")
                .addProperty(CBEC.personKind, CBEC.concept(kind));
    }

    public Resource post(String title) {
        return model.createResource(iris.post(title).getURI())
                .addProperty(RDF.type, CBEC.Post)
                .addProperty(RDFS.label, title, "zh")
                .addProperty(SKOS.prefLabel, title, "zh");
    }

    /** A measure, with the measures broader than it (see {@link MeasureDescriber}). */
    public Resource measure(MeasureKey key) {
        return new MeasureDescriber(model, iris).describe(key);
    }

    /** A scope of measures, listed in the reference graph even when no article narrows a measure by it. */
    public Resource measureScope(Scope scope) {
        return new MeasureDescriber(model, iris).scope(scope);
    }

    /** A period as an OWL-Time entity: an instant for a stock counted at a date, an interval otherwise. */
    public Resource period(Period period) {
        Resource r = model.createResource(iris.period(period).getURI())
                .addProperty(RDF.type, CBEC.ReferencePeriod)
                .addProperty(CBEC.periodCode, period.code())
                .addProperty(RDFS.label, period.code());
        if (period.kind() == Period.Kind.AS_OF || period.kind() == Period.Kind.DAY) {
            r.addProperty(RDF.type, TIME.Instant).addProperty(TIME.inXSDDate, xsdDate(period.start()));
            return r;
        }
        r.addProperty(RDF.type, TIME.ProperInterval)
                .addProperty(TIME.hasBeginning, instant(period.start()))
                .addProperty(TIME.hasEnd, instant(period.end()));
        if (period.kind() == Period.Kind.YEAR) {
            // The UK government's reference years are the de-facto shared IRIs for calendar years in Data Cube data.
            r.addProperty(OWL.sameAs, model.createResource("http://reference.data.gov.uk/id/year/" + period.code()));
        }
        return r;
    }

    private Resource instant(LocalDate date) {
        return model.createResource(iris.date(date).getURI())
                .addProperty(RDF.type, TIME.Instant)
                .addProperty(TIME.inXSDDate, xsdDate(date));
    }

    private org.apache.jena.rdf.model.Literal xsdDate(LocalDate date) {
        return model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }
}
