package se.medborgarloften.render;

import se.medborgarloften.model.LocalizedText;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.Prose;
import se.medborgarloften.model.Translatable;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page's texts, which templates read as {@code i18n}: UI messages, the content's texts and prose in the page's
 * language (or the default language's while a translation is pending), numbers and lists as the language writes
 * them.
 */
public final class I18n {

    private final Messages messages;
    private final Map<String, Messages> everyLanguage;
    private final LocalFormat format;
    private final String language;
    private final String defaultLanguage;
    private final Map<Prose.ProseFile, String> proseHtml;

    I18n(Messages messages, Map<String, Messages> everyLanguage, LocalFormat format, String language, String defaultLanguage,
         Map<Prose.ProseFile, String> proseHtml) {
        this.messages = messages;
        this.everyLanguage = everyLanguage;
        this.format = format;
        this.language = language;
        this.defaultLanguage = defaultLanguage;
        this.proseHtml = proseHtml;
    }

    public String msg(String key) {
        return messages.get(key);
    }

    public String msg(String key, Object... arguments) {
        return messages.format(key, arguments);
    }

    /** A UI string in another language, for pages that speak every language (root, 404). */
    public String msgIn(String language, String key) {
        return everyLanguage.get(language).get(key);
    }

    /** Whether the messages have this key (a column documented for one table of the open data). */
    boolean has(String key) {
        return messages.has(key);
    }

    public Locale getLocale() {
        return messages.locale();
    }

    /** Open Graph's form of the page's locale, e.g. sv_SE. */
    public String getOgLocale() {
        return messages.locale().getLanguage() + "_" + messages.locale().getCountry();
    }

    /** The text in the page's language, or the default language's when the translation is pending. */
    public ResolvedText text(LocalizedText text) {
        if (text == null) {
            return null;
        }
        if (text.has(language)) {
            return ResolvedText.of(text.in(language), language, false);
        }
        return ResolvedText.of(text.in(defaultLanguage), defaultLanguage, true);
    }

    public String t(LocalizedText text) {
        ResolvedText resolved = text(text);
        return resolved == null ? "" : resolved.text();
    }

    /** Whether a page shows content whose translation into the page's language is pending. */
    public boolean translationPending(Object subject) {
        if (subject instanceof Translatable translatable) {
            return translatable.translationPending(language);
        }
        if (subject instanceof PromisePeriod period) {
            return translationPending(period.promise())
                    || (period.hasFollowUp() && translationPending(period.followUp()));
        }
        return false;
    }

    /** The converted HTML of the prose in the page's language, or the default language's as a fallback. */
    public ResolvedText prose(Prose prose) {
        if (prose == null || prose.isEmpty()) {
            return null;
        }
        Prose.ProseFile file = prose.in(language);
        boolean fallback = file == null;
        if (fallback) {
            file = prose.in(defaultLanguage);
        }
        if (file == null) {
            return null;
        }
        return new ResolvedText(proseHtml.get(file), fallback ? defaultLanguage : language, fallback, List.of());
    }

    /**
     * Whether a text in the page's language already names something, whatever the case: a title such as
     * "head of the Malmö Norr local police area" needs no organisation after it.
     */
    public boolean mentions(LocalizedText text, String name) {
        return !name.isBlank() && t(text).toLowerCase(getLocale()).contains(name.toLowerCase(getLocale()));
    }

    /** "A, B and C" in the page's language. */
    public String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(", ", items.subList(0, items.size() - 1));
        return head + msg("list.and") + items.get(items.size() - 1);
    }

    public String number(Number value) {
        return format.number(value);
    }

    /** A commitment's numeric target, "at least 25 surveillance operations". */
    public String target(Promise.Target target) {
        return msg("target." + target.comparator(), number(target.value()), t(target.unit()));
    }
}
