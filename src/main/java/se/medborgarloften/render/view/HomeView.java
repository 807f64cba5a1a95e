package se.medborgarloften.render.view;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.NewsArticle;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.Places;

import java.util.Comparator;
import java.util.List;

/**
 * The home page.
 *
 * @param followedUp the newest published follow-ups (the plan chose them), each period with its area
 * @param news       the newest news items
 * @param national   whether the site spans several municipalities (see {@link Places#national()})
 * @param areas      the areas the page shows: every area of a site of one municipality, in the site's order; on a
 *                   site of several, the {@value #AREAS} whose latest promise began last, so that the page stays
 *                   short at any size
 */
public record HomeView(List<AreaPeriod> followedUp, List<NewsArticle> news, boolean national, List<AreaHistory> areas) {

    /** How many news items the home page lists; the news page lists them all. */
    public static final int NEWS = 5;
    /** How many areas the home page of a site of several municipalities shows: those with the newest promises. */
    public static final int AREAS = 12;

    public static HomeView of(List<PromisePeriod> followedUp, SiteContent content) {
        boolean national = Places.of(content).national();
        return new HomeView(followedUp.stream()
                .map(period -> new AreaPeriod(content.area(period.areaId()).orElseThrow(), period)).toList(),
                content.news().subList(0, Math.min(NEWS, content.news().size())), national,
                national ? newest(content.areas()) : content.areas());
    }

    private static List<AreaHistory> newest(List<AreaHistory> areas) {
        return areas.stream().filter(a -> a.latest().isPresent())
                .sorted(Comparator.comparing((AreaHistory a) -> a.latest().get().promise().period().start())
                        .reversed().thenComparing(AreaHistory::id))
                .limit(AREAS).toList();
    }
}
