package se.medborgarloften.render.view;

import se.medborgarloften.model.NewsArticle;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;

import java.util.List;

/**
 * The home page.
 *
 * @param followedUp the newest published follow-ups (the plan chose them), each period with its area
 * @param news       the newest news items
 */
public record HomeView(List<AreaPeriod> followedUp, List<NewsArticle> news) {

    /** How many news items the home page lists; the news page lists them all. */
    public static final int NEWS = 5;

    public static HomeView of(List<PromisePeriod> followedUp, SiteContent content) {
        return new HomeView(followedUp.stream()
                .map(period -> new AreaPeriod(content.area(period.areaId()).orElseThrow(), period)).toList(),
                content.news().subList(0, Math.min(NEWS, content.news().size())));
    }
}
