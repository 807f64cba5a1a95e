package se.medborgarloften.render.view;

import org.junit.jupiter.api.Test;
import se.medborgarloften.model.NewsArticle;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.render.RealPages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page's and a news item's views on the real content: periods with their areas, found once. */
class HomeAndNewsViewTest {

    private final RealPages real = RealPages.get();

    @Test
    void aNewsItemListsThePeriodsItAnnouncesWithTheirAreasInItsOrder() {
        NewsArticle article = real.content.news().stream()
                .filter(a -> a.id().equals("2018-05-09-fyra-nya-medborgarloften")).findFirst().orElseThrow();
        NewsView view = NewsView.of(article, real.content);
        assertEquals(List.of("kirseberg-segevang", "mollevangen", "lindangen-hermodsdal-nydala", "rosengard"),
                view.announced().stream().map(a -> a.area().id()).toList());
        for (AreaPeriod announced : view.announced()) {
            assertEquals("2018", announced.period().id());
            assertEquals(announced.area().id(), announced.period().areaId());
        }
    }

    @Test
    void theHomePageListsTheChosenFollowUpsWithTheirAreasAndTheNewestNews() {
        List<PromisePeriod> chosen = List.of(real.period("sofielund", "2022-2023"), real.period("rosengard", "2018"));
        HomeView view = HomeView.of(chosen, real.content);
        assertEquals(List.of("sofielund", "rosengard"), view.followedUp().stream().map(a -> a.area().id()).toList());
        assertTrue(view.news().size() <= HomeView.NEWS);
        assertEquals(real.content.news().subList(0, view.news().size()), view.news());
        assertTrue(view.news().stream().anyMatch(a -> a.id().equals("2018-05-09-fyra-nya-medborgarloften")));
    }

    @Test
    void theHomePageOfASiteOfOneMunicipalityShowsEveryAreaInTheSitesOrder() {
        HomeView view = HomeView.of(List.of(), real.content);
        assertFalse(view.national());
        assertEquals(real.content.areas(), view.areas());
    }
}
