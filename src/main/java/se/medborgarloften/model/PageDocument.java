package se.medborgarloften.model;

/** A static page with its text. The id is its folder name. */
public record PageDocument(String id, StaticPage page, Prose prose, String sourceFile) {
}
