package se.medborgarloften.render.view;

import org.junit.jupiter.api.Test;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.plan.Places;
import se.medborgarloften.render.RealPages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overviews' views on the real content (one municipality): each area's periods, and sums per place. */
class OverviewViewTest {

    private final RealPages real = RealPages.get();

    @Test
    void aSiteOfOneMunicipalityShowsEachAreasPeriodsTheNewestFirst() {
        OverviewView view = OverviewView.of(real.content, RealPages.AS_OF);
        assertFalse(view.national());
        assertTrue(view.counties().isEmpty());
        assertEquals(real.content.areas().stream().map(AreaHistory::id).toList(),
                view.areas().stream().map(a -> a.area().id()).toList());
        AreaView rosengard = view.areas().stream().filter(a -> a.area().id().equals("rosengard")).findFirst().orElseThrow();
        assertEquals(List.of("2024-2025", "2023", "2018"), rosengard.newestFirst().stream().map(PromisePeriod::id).toList());
    }

    @Test
    void theTotalsCountTheAreasPeriodsAndTheStatusesOfPublishedFollowUps() {
        List<AreaHistory> areas = real.content.areas();
        Totals totals = Totals.of(areas, RealPages.AS_OF);
        assertEquals(areas.size(), totals.areas());
        assertEquals(areas.stream().mapToInt(a -> a.periods().size()).sum(), totals.periods());
        List<PromisePeriod> followedUp = areas.stream().flatMap(a -> a.periods().stream())
                .filter(p -> p.followUpState(RealPages.AS_OF).published()).toList();
        assertEquals(followedUp.size(), totals.followUps());
        assertEquals(StatusCounts.STATUSES, List.copyOf(totals.statuses().keySet()));
        int commitments = followedUp.stream().mapToInt(p -> p.promise().commitments().size()).sum();
        assertTrue(totals.statuses().values().stream().mapToInt(Integer::intValue).sum() <= commitments);
    }

    @Test
    void aCountysOverviewSumsEachMunicipality() {
        Places.County county = Places.of(real.content).counties().get(0);
        CountyOverviewView view = CountyOverviewView.of(county, RealPages.AS_OF);
        assertEquals(1, view.municipalities().size());
        assertEquals("malmo-stad", view.municipalities().get(0).place().id());
        assertEquals(Totals.of(real.content.areas(), RealPages.AS_OF), view.municipalities().get(0).totals());
    }

    @Test
    void aMunicipalitysOverviewShowsEachAreasNewestFollowedUpPeriodOrElseItsLatest() {
        Places.Municipality malmo = Places.of(real.content).municipalities().get(0);
        MunicipalityOverviewView view = MunicipalityOverviewView.of(malmo, RealPages.AS_OF);
        assertEquals(malmo.areas().stream().filter(a -> a.latest().isPresent()).map(AreaHistory::id).toList(),
                view.areas().stream().map(a -> a.area().id()).toList());
        for (AreaPeriod row : view.areas()) {
            List<PromisePeriod> periods = row.area().periods();
            List<PromisePeriod> published = periods.stream()
                    .filter(p -> p.followUpState(RealPages.AS_OF).published()).toList();
            PromisePeriod expected = published.isEmpty() ? periods.get(periods.size() - 1)
                    : published.get(published.size() - 1);
            assertEquals(expected, row.period());
        }
    }
}
