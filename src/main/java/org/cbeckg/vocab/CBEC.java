package org.cbeckg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

import org.cbeckg.model.Coded;
import org.cbeckg.model.Derivation;
import org.cbeckg.model.EventKind;
import org.cbeckg.model.OrganizationKind;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.PersonKind;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;

/**
 * Terms of the CBEC-KG ontology ({@code ontology/cbec.ttl}). Written by hand, checked by {@code CBECTest}: every
 * constant is declared in the ontology file and every declared term has a constant.
 */
public final class CBEC {
    public static final String NS = "https://w3id.org/cbec-kg/ontology#";
    public static final String ONTOLOGY = "https://w3id.org/cbec-kg/ontology";

    private CBEC() {
    }

    // Classes, data structure and concept schemes
    public static final Resource Article = resource("Article");
    public static final Resource ArticleGraph = resource("ArticleGraph");
    public static final Resource IngestActivity = resource("IngestActivity");
    public static final Resource Extractor = resource("Extractor");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Mention = resource("Mention");
    public static final Resource Organization = resource("Organization");
    public static final Resource Person = resource("Person");
    public static final Resource Post = resource("Post");
    public static final Resource PostHolding = resource("PostHolding");
    public static final Resource Place = resource("Place");
    public static final Resource PilotZone = resource("PilotZone");
    public static final Resource ApprovalBatch = resource("ApprovalBatch");
    public static final Resource ApprovalDocument = resource("ApprovalDocument");
    public static final Resource Event = resource("Event");
    public static final Resource PressConference = resource("PressConference");
    public static final Resource Approval = resource("Approval");
    public static final Resource Evaluation = resource("Evaluation");
    public static final Resource IndicatorObservation = resource("IndicatorObservation");
    public static final Resource IndicatorStructure = resource("IndicatorStructure");
    public static final Resource Measure = resource("Measure");
    public static final Resource ReferencePeriod = resource("ReferencePeriod");
    public static final Resource OrganizationKind = resource("OrganizationKind");
    public static final Resource PersonKind = resource("PersonKind");
    public static final Resource PlaceLevel = resource("PlaceLevel");
    public static final Resource EventKind = resource("EventKind");
    public static final Resource Unit = resource("Unit");
    public static final Resource Qualifier = resource("Qualifier");
    public static final Resource Outlook = resource("Outlook");
    public static final Resource OrganizationKindScheme = resource("OrganizationKindScheme");
    public static final Resource PersonKindScheme = resource("PersonKindScheme");
    public static final Resource PlaceLevelScheme = resource("PlaceLevelScheme");
    public static final Resource EventKindScheme = resource("EventKindScheme");
    public static final Resource UnitScheme = resource("UnitScheme");
    public static final Resource QualifierScheme = resource("QualifierScheme");
    public static final Resource OutlookScheme = resource("OutlookScheme");
    public static final Resource MeasureScheme = resource("MeasureScheme");
    public static final Resource Derivation = resource("Derivation");
    public static final Resource DerivationScheme = resource("DerivationScheme");
    public static final Resource MeasureScope = resource("MeasureScope");
    public static final Resource MeasureScopeScheme = resource("MeasureScopeScheme");
    /** The measure of a figure whose base measure the vocabulary lacks. */
    public static final Resource measureUnclassified = resource("measure-unclassified");

    // Auditing: the derived graph's classes and the selection-rule code list
    public static final Resource FigureCell = resource("FigureCell");
    public static final Resource FigureSeries = resource("FigureSeries");
    public static final Resource GrowthComparison = resource("GrowthComparison");
    public static final Resource ReportedValue = resource("ReportedValue");
    public static final Resource FigureConflict = resource("FigureConflict");
    public static final Resource BestValue = resource("BestValue");
    public static final Resource SelectionRule = resource("SelectionRule");
    public static final Resource SelectionRuleScheme = resource("SelectionRuleScheme");
    public static final Resource ruleMostSources = resource("rule-most_sources");
    public static final Resource ruleMostRecent = resource("rule-most_recent");

    // Properties
    public static final Property fileName = property("fileName");
    public static final Property text = property("text");
    public static final Property textNormalisation = property("textNormalisation");
    public static final Property codePointLength = property("codePointLength");
    public static final Property publicationDate = property("publicationDate");
    public static final Property pipelineVersion = property("pipelineVersion");
    public static final Property sha256 = property("sha256");
    public static final Property sourceArticle = property("sourceArticle");
    public static final Property evidence = property("evidence");
    public static final Property extractedBy = property("extractedBy");
    public static final Property quote = property("quote");
    public static final Property extractorName = property("extractorName");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Property orgKind = property("orgKind");
    public static final Property jurisdiction = property("jurisdiction");
    public static final Property officialName = property("officialName");
    public static final Property personKind = property("personKind");
    public static final Property postTitle = property("postTitle");
    public static final Property placeLevel = property("placeLevel");
    public static final Property divisionCode = property("divisionCode");
    public static final Property isoCode = property("isoCode");
    public static final Property parentPlace = property("parentPlace");
    public static final Property province = property("province");
    public static final Property city = property("city");
    public static final Property inBatch = property("inBatch");
    public static final Property approvalDate = property("approvalDate");
    public static final Property ordinal = property("ordinal");
    public static final Property zoneCount = property("zoneCount");
    public static final Property cumulativeZoneCount = property("cumulativeZoneCount");
    public static final Property includesCity = property("includesCity");
    public static final Property approvalDocument = property("approvalDocument");
    public static final Property approvedBy = property("approvedBy");
    public static final Property eventKind = property("eventKind");
    public static final Property eventDate = property("eventDate");
    public static final Property statedAt = property("statedAt");
    public static final Property measure = property("measure");
    public static final Property measureNote = property("measureNote");
    public static final Property baseMeasure = property("baseMeasure");
    public static final Property derivation = property("derivation");
    public static final Property measureScope = property("measureScope");
    public static final Property shareOf = property("shareOf");
    public static final Property shareOfLevel = property("shareOfLevel");
    public static final Property measureOutlook = property("measureOutlook");
    public static final Property qualifier = property("qualifier");
    public static final Property outlook = property("outlook");
    public static final Property surfaceForm = property("surfaceForm");
    public static final Property growthBase = property("growthBase");
    public static final Property growthOf = property("growthOf");
    public static final Property periodCode = property("periodCode");
    public static final Property cell = property("cell");
    public static final Property supportingObservation = property("supportingObservation");
    public static final Property corroborationCount = property("corroborationCount");
    public static final Property latestPublicationDate = property("latestPublicationDate");
    public static final Property earliestPublicationDate = property("earliestPublicationDate");
    public static final Property series = property("series");
    public static final Property statementCount = property("statementCount");
    public static final Property valueCount = property("valueCount");
    public static final Property lowerBound = property("lowerBound");
    public static final Property upperBound = property("upperBound");
    public static final Property conflictingValue = property("conflictingValue");
    public static final Property conflictingObservation = property("conflictingObservation");
    public static final Property comparedSeries = property("comparedSeries");
    public static final Property comparedCell = property("comparedCell");
    public static final Property statedRate = property("statedRate");
    public static final Property laterValue = property("laterValue");
    public static final Property earlierValue = property("earlierValue");
    public static final Property impliedRate = property("impliedRate");
    public static final Property rateGap = property("rateGap");
    public static final Property rateObservation = property("rateObservation");
    public static final Property valueObservation = property("valueObservation");
    public static final Property earlierReportedValue = property("earlierReportedValue");
    public static final Property selectedValue = property("selectedValue");
    public static final Property selectionRule = property("selectionRule");
    public static final Property candidateCount = property("candidateCount");

    /** The SKOS concept of a code-list member, e.g. {@code cbec:unit-CNY}. */
    public static Resource concept(Coded coded) {
        return resource(schemePrefix(coded) + "-" + coded.code());
    }

    static String schemePrefix(Coded coded) {
        if (coded instanceof OrganizationKind) {
            return "orgkind";
        }
        if (coded instanceof PersonKind) {
            return "personkind";
        }
        if (coded instanceof PlaceLevel) {
            return "level";
        }
        if (coded instanceof EventKind) {
            return "eventkind";
        }
        if (coded instanceof Unit) {
            return "unit";
        }
        if (coded instanceof Qualifier) {
            return "qualifier";
        }
        if (coded instanceof Outlook) {
            return "outlook";
        }
        if (coded instanceof Derivation) {
            return "derivation";
        }
        throw new IllegalArgumentException("no scheme for " + coded.getClass());
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
