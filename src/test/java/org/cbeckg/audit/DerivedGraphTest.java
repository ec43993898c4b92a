package org.cbeckg.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.derive.DerivedGraph;

class DerivedGraphTest {

    @TempDir
    Path dir;

    static ListedCell cell(List<ListedCell> cells, String measure) {
        return cells.stream().filter(c -> c.measure().equals(measure)).findFirst().orElseThrow();
    }

    static ListedValue value(ListedCell cell, String value) {
        return cell.values().stream().filter(v -> v.value().compareTo(new BigDecimal(value)) == 0).findFirst()
                .orElseThrow();
    }

    @Test
    void conflictIsListedWithBothSides() {
        List<ListedCell> conflicts = new DerivedGraphReader(AuditFixtures.corpus(dir)).conflicts();
        ListedCell trade = cell(conflicts, AuditFixtures.MEASURE);
        assertEquals("2021", trade.period());
        assertEquals("中国", trade.area());
        assertEquals(List.of("a_2022-03-01.txt", "b_2022-03-05.txt"), value(trade, "2350000000000").sources()
                .stream().map(ListedSource::fileName).sorted().toList());
        assertEquals(List.of("c_2022-06-10.txt"), value(trade, "2310000000000").sources().stream()
                .map(ListedSource::fileName).toList());
    }

    @Test
    void growthRatesConflictToo() {
        List<ListedCell> conflicts = new DerivedGraphReader(AuditFixtures.corpus(dir)).conflicts();
        assertEquals(Set.of(AuditFixtures.MEASURE, AuditFixtures.GROWTH),
                Set.copyOf(conflicts.stream().map(ListedCell::measure).toList()));
    }

    @Test
    void corroborationCountsTheArticles() {
        List<ListedCell> corroborated = new DerivedGraphReader(AuditFixtures.corpus(dir)).corroborated();
        assertEquals(2, value(cell(corroborated, AuditFixtures.MEASURE), "2350000000000").sourceCount());
    }

    @Test
    void eachRuleNamesTheValueItPicked() {
        ListedCell trade = cell(new DerivedGraphReader(AuditFixtures.corpus(dir)).conflicts(), AuditFixtures.MEASURE);
        assertEquals(Set.of("most_sources"), value(trade, "2350000000000").pickedBy());
        assertEquals(Set.of("most_recent"), value(trade, "2310000000000").pickedBy());
    }

    @Test
    void rebuildingReplacesTheDerivedGraph() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + store.iris().derivedGraph().getURI()
                + "> { ?s ?p ?o } }";
        int before = Sparql.select(store.dataset(), count).get(0).getLiteral("n").getInt();
        DerivedGraph.rebuild(store, FigureParser.simple());
        assertEquals(before, Sparql.select(store.dataset(), count).get(0).getLiteral("n").getInt());
        assertTrue(before > 0);
    }

    @Test
    void summaryCountsConflictsAndCorroboration() {
        DerivedGraph.Summary s = DerivedGraph.rebuild(AuditFixtures.corpus(dir), FigureParser.simple());
        assertEquals(2, s.conflicts());
        assertEquals(2, s.corroborated());
    }
}
