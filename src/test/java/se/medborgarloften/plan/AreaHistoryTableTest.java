package se.medborgarloften.plan;

import org.junit.jupiter.api.Test;
import se.medborgarloften.Stages;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.Organisation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rosengård's three real periods side by side, as its history page shows them: 2018 and 2024–2025 list
 * commitments, 2023's sources list none; the problems recur, some reworded, some only once.
 */
class AreaHistoryTableTest {

    private static final Stages.Planned PLANNED = Stages.realPlanned();
    private static final AreaHistory ROSENGARD = PLANNED.content().area("rosengard").orElseThrow();
    private static final AreaHistoryTable TABLE = AreaHistoryTable.of(ROSENGARD, "sv",
            new OrganisationTree(PLANNED.content().organisations().stream().collect(Collectors.toMap(Organisation::id, Function.identity()))),
            PLANNED.asOf());

    @Test
    void aColumnPerPeriodOldestFirstSayingWhatItsSourcesList() {
        assertEquals(List.of("2018", "2023", "2024-2025"), TABLE.columns().stream().map(c -> c.period().id()).toList());
        assertEquals(List.of(true, true, true), TABLE.columns().stream().map(AreaHistoryTable.Column::listsProblems).toList());
        assertEquals(List.of(true, false, true), TABLE.columns().stream().map(AreaHistoryTable.Column::listsCommitments).toList());
        assertEquals(List.of(ROSENGARD.period("2023").orElseThrow()), TABLE.periodsWithoutCommitments());
    }

    @Test
    void aProblemIsFirstWhereItAppearsThenTheSameOrAbsent() {
        Map<String, AreaHistoryTable.Row> problems = byId(TABLE.problems());
        assertEquals(List.of("narkotika", "ungdomar", "trafik", "nedskrapning", "ungdomssamlingar", "skadegorelse",
                        "lag-anmalningsbenagenhet", "grovt-kriminella", "vald-i-nara-relation", "stold-ur-motorfordon",
                        "brott-mot-valfarden"), TABLE.problems().stream().map(AreaHistoryTable.Row::id).toList(),
                "in order of first appearance");
        assertEquals(List.of("first", "same", "same"), codes(problems.get("trafik")));
        assertEquals(List.of("first", "absent", "absent"), codes(problems.get("ungdomar")));
        assertEquals(List.of("absent", "first", "absent"), codes(problems.get("stold-ur-motorfordon")));
        assertEquals(List.of("absent", "absent", "first"), codes(problems.get("brott-mot-valfarden")));
        AreaHistoryTable.Row drugs = problems.get("narkotika");
        assertEquals("first", drugs.cells().get(0).code());
        assertEquals(List.of(true, true, true), drugs.cells().stream().map(AreaHistoryTable.Cell::present).toList());
        assertEquals("Narkotikaförsäljning/-användande", drugs.label().in("sv"), "worded as the latest period words it");
        assertEquals("reworded", drugs.cells().get(1).code(), "\"Narkotika\" became \"Narkotikabrott försäljning/-användande\"");
    }

    @Test
    void aCommitmentIsNotCoveredInAPeriodWhoseSourcesListNone() {
        Map<String, AreaHistoryTable.Row> commitments = byId(TABLE.commitments());
        assertEquals(5 + 17, commitments.size());
        AreaHistoryTable.Row patrols = commitments.get("spaningsinsatser");
        assertEquals(List.of("absent", "not-covered", "first"), codes(patrols));
        AreaHistoryTable.Cell latest = patrols.cells().get(2);
        assertEquals(25, latest.target().value());
        assertEquals("at-least", latest.target().comparator());
        assertFalse(latest.targetChanged());
        assertNull(latest.entry(), "2024–2025 has no follow-up");
        assertEquals(List.of("first", "not-covered", "absent"), codes(commitments.get("droger-och-vapen")));
        assertNull(commitments.get("droger-och-vapen").cells().get(1).status(), "nothing to say where it is not listed");
    }

    @Test
    void theLatestPeriodsSignatoriesAreNamedButNotAsHavingSigned() {
        Map<String, AreaHistoryTable.ActorRow> actors = TABLE.actors().stream()
                .collect(Collectors.toMap(AreaHistoryTable.ActorRow::id, Function.identity()));
        AreaHistoryTable.ActorCell asf = actors.get("asf").cells().get(2);
        assertEquals("named", asf.state());
        assertTrue(asf.signed());
        assertFalse(asf.signing(), "the source does not say the promise was signed");
        assertEquals("2024-2025", asf.period().id());
    }

    private static Map<String, AreaHistoryTable.Row> byId(List<AreaHistoryTable.Row> rows) {
        return rows.stream().collect(Collectors.toMap(AreaHistoryTable.Row::id, Function.identity()));
    }

    private static List<String> codes(AreaHistoryTable.Row row) {
        return row.cells().stream().map(AreaHistoryTable.Cell::code).toList();
    }
}
