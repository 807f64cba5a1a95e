package se.medborgarloften.render;

/**
 * A text picked for a page. When the page's language has no translation yet (the content marks it
 * pending), the text is the default language's and {@code fallback} is true, so the template can mark it
 * with its real language and a notice.
 */
public record ResolvedText(String text, String language, boolean fallback) {
}
