package se.medborgarloften.model;

/** A news item with its article text. The id is its folder name. */
public record NewsArticle(String id, NewsItem item, Prose prose, String sourceFile) {
}
