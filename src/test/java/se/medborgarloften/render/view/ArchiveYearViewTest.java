package se.medborgarloften.render.view;

import org.junit.jupiter.api.Test;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.plan.ArchiveYear;
import se.medborgarloften.plan.CountyYear;
import se.medborgarloften.plan.Places;
import se.medborgarloften.render.RealPages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An archive year's views on the real content (one municipality): the year's periods under their areas. */
class ArchiveYearViewTest {

    private final RealPages real = RealPages.get();

    private ArchiveYear year(int year) {
        return real.plan.archiveYears().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    @Test
    void aSiteOfOneMunicipalityListsTheYearsPeriodsUnderTheirAreasInTheSitesOrder() {
        ArchiveYear year = year(2018);
        ArchiveYearView view = ArchiveYearView.of(year, real.content);
        assertFalse(view.national());
        assertTrue(view.counties().isEmpty());
        List<String> siteOrder = real.content.areas().stream().map(AreaHistory::id).toList();
        List<String> listed = view.inForce().stream().map(g -> g.area().id()).toList();
        assertEquals(siteOrder.stream().filter(listed::contains).toList(), listed);
        for (AreaGroup group : view.inForce()) {
            assertTrue(group.periods().stream().allMatch(p -> p.areaId().equals(group.area().id())));
        }
        assertEquals(year.promisesInForce().size(), view.inForce().stream().mapToInt(g -> g.periods().size()).sum());
        assertEquals(year.followUpsPublished().size(), view.followUps().stream().mapToInt(g -> g.periods().size()).sum());
        assertTrue(view.inForce().stream().anyMatch(g -> g.periods().stream().map(PromisePeriod::id).toList().contains("2018")));
    }

    @Test
    void aCountysYearListsItsMunicipalitiesWithPeriodsEachByArea() {
        ArchiveYear year = year(2018);
        Places.County county = Places.of(real.content).counties().get(0);
        CountyYearView view = CountyYearView.of(CountyYear.of(year, county), real.content);
        assertEquals(1, view.inForce().size());
        assertEquals("malmo-stad", view.inForce().get(0).municipality().id());
        assertEquals(ArchiveYearView.of(year, real.content).inForce(), view.inForce().get(0).areas());
    }
}
