package se.medborgarloften.model;

import java.util.List;

/** content/news/&lt;id&gt;/news.json */
public record NewsItem(LocalizedText slug, LocalizedText title, LocalizedText summary, PartialDate published,
                       PartialDate updated, List<String> publishers, List<PeriodRef> announces, List<Quote> quotes,
                       List<Related> related, List<Source> sources, List<String> pendingTranslations)
        implements Translatable {

    public NewsItem {
        publishers = Lists.orEmpty(publishers);
        announces = Lists.orEmpty(announces);
        quotes = Lists.orEmpty(quotes);
        related = Lists.orEmpty(related);
        sources = Lists.orEmpty(sources);
        pendingTranslations = Lists.orEmpty(pendingTranslations);
    }

    /** A promise period by its area and period folder names. */
    public record PeriodRef(String area, String period) {
    }

    public record Related(LocalizedText title, String url, LocalizedText note) {
    }
}
