package se.medborgarloften.model;

/**
 * Where a source says an item: the source's id among the file's sources (null: the first one) and the words
 * as the archived copy of that source writes them.
 */
public record Passage(String source, String text) {
}
