package se.medborgarloften.render.view;

import se.medborgarloften.model.NewsArticle;
import se.medborgarloften.model.SiteContent;

import java.util.List;

/**
 * A news item's page.
 *
 * @param announced the promise periods the item announces, in its order, each with its area
 */
public record NewsView(NewsArticle article, List<AreaPeriod> announced) {

    public static NewsView of(NewsArticle article, SiteContent content) {
        return new NewsView(article, article.item().announces().stream()
                .map(ref -> new AreaPeriod(content.area(ref.area()).orElseThrow(),
                        content.period(ref.area(), ref.period()).orElseThrow()))
                .toList());
    }
}
