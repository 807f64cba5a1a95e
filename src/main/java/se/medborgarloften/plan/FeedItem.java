package se.medborgarloften.plan;

import se.medborgarloften.model.LocalizedText;
import se.medborgarloften.model.PartialDate;

import java.util.Comparator;

/** One entry of the Atom feed: a promise period, a follow-up or a news item, by the page it leads to. */
public record FeedItem(String kind, String key, String fragment, LocalizedText title, PartialDate date) {

    /** Newest first; the key keeps entries of the same date in a stable order. */
    public static final Comparator<FeedItem> NEWEST_FIRST = Comparator.comparing(FeedItem::date).reversed()
            .thenComparing(FeedItem::key).thenComparing(FeedItem::kind);
}
