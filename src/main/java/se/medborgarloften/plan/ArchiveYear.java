package se.medborgarloften.plan;

import se.medborgarloften.model.NewsArticle;
import se.medborgarloften.model.PromisePeriod;

import java.util.List;

/** What the archive shows for one calendar year. */
public record ArchiveYear(int year, List<PromisePeriod> promisesInForce, List<PromisePeriod> followUpsPublished,
                          List<NewsArticle> news) {
    public ArchiveYear {
        promisesInForce = List.copyOf(promisesInForce);
        followUpsPublished = List.copyOf(followUpsPublished);
        news = List.copyOf(news);
    }
}
