package se.medborgarloften.render;

import java.util.List;

/**
 * A text picked for a page. When the page's language has no translation yet (the content marks it
 * pending), the text is the default language's and {@code fallback} is true, so the template can mark it
 * with its real language and a notice. A text with passages in another language (see {@link MarkedText})
 * has them in {@code parts}, and {@code text} is its words without the marks.
 */
public record ResolvedText(String text, String language, boolean fallback, List<MarkedText.Part> parts) {

    static ResolvedText of(String written, String language, boolean fallback) {
        return new ResolvedText(MarkedText.plain(written), language, fallback, MarkedText.parts(written));
    }
}
