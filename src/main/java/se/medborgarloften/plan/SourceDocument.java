package se.medborgarloften.plan;

import se.medborgarloften.model.ArchivedSource;
import se.medborgarloften.model.NewsArticle;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.model.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A source document's page: its archived text, and the promises, follow-ups and news that cite it, so that a
 * reader who arrives at the text can go on to what the archive made of it.
 *
 * @param title   the title the first citing file gives the document, or null when none cites it
 * @param citedBy the periods whose promise or follow-up names the document, in the order of the areas
 * @param news    the news items that name it
 */
public record SourceDocument(ArchivedSource text, Source title, List<CitingPeriod> citedBy, List<NewsArticle> news) {

    /** A period that names the document among its promise's sources or its follow-up's. */
    public record CitingPeriod(PromisePeriod period, boolean inPromise, boolean inFollowUp) {
    }

    /** Each archived source with what cites it, found in one pass over the content. */
    public static List<SourceDocument> of(SiteContent content) {
        Map<String, List<CitingPeriod>> periods = new HashMap<>();
        Map<String, Source> first = new HashMap<>();
        Map<String, List<NewsArticle>> news = new HashMap<>();
        for (PromisePeriod period : content.allPeriods()) {
            List<String> inPromise = references(period.promise().sources(), first);
            List<String> inFollowUp = period.hasFollowUp() ? references(period.followUp().sources(), first) : List.of();
            List<String> both = new ArrayList<>(inPromise);
            inFollowUp.stream().filter(r -> !both.contains(r)).forEach(both::add);
            for (String reference : both) {
                periods.computeIfAbsent(reference, r -> new ArrayList<>())
                        .add(new CitingPeriod(period, inPromise.contains(reference), inFollowUp.contains(reference)));
            }
        }
        for (NewsArticle article : content.news()) {
            references(article.item().sources(), first)
                    .forEach(r -> news.computeIfAbsent(r, k -> new ArrayList<>()).add(article));
        }
        return content.sources().stream().map(text -> new SourceDocument(text, first.get(text.name()),
                periods.getOrDefault(text.name(), List.of()), news.getOrDefault(text.name(), List.of()))).toList();
    }

    private static List<String> references(List<Source> sources, Map<String, Source> first) {
        List<String> references = new ArrayList<>();
        for (Source source : sources) {
            if (source.reference() != null && !references.contains(source.reference())) {
                references.add(source.reference());
                first.putIfAbsent(source.reference(), source);
            }
        }
        return references;
    }
}
