package se.medborgarloften.render;

import se.medborgarloften.model.MessageBundle;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The words Asciidoctor prints around a text, in the text's own language: the captions of notes, tips and
 * warnings, "Tabell 1." before a table's title, the title of a footnote's link. Asciidoctor's own are English,
 * which a Swedish page must not show (nor a screen reader read with Swedish rules). They are UI strings, kept
 * with the others in `templates/i18n/`: a key `asciidoc.NAME` sets Asciidoctor's attribute NAME for the
 * prose of that language, and `prose.footnoteTitle` is the footnote link's title.
 */
record ProseLabels(SortedMap<String, String> attributes, String footnoteTitle) {

    private static final String ATTRIBUTE_PREFIX = "asciidoc.";
    private static final String FOOTNOTE_TITLE = "prose.footnoteTitle";
    /** For prose in a language without a bundle (which validation reports): Asciidoctor's own words. */
    static final ProseLabels ASCIIDOCTOR_DEFAULTS = new ProseLabels(new TreeMap<>(), "View footnote.");

    ProseLabels {
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    static Map<String, ProseLabels> byLanguage(List<MessageBundle> bundles) {
        Map<String, ProseLabels> labels = new HashMap<>();
        for (MessageBundle bundle : bundles) {
            SortedMap<String, String> attributes = new TreeMap<>();
            bundle.messages().forEach((key, value) -> {
                if (key.startsWith(ATTRIBUTE_PREFIX)) {
                    attributes.put(key.substring(ATTRIBUTE_PREFIX.length()), value);
                }
            });
            labels.putIfAbsent(bundle.language(), new ProseLabels(attributes,
                    bundle.messages().getOrDefault(FOOTNOTE_TITLE, ASCIIDOCTOR_DEFAULTS.footnoteTitle())));
        }
        return Map.copyOf(labels);
    }

    /** The labels as one text, which changes when any of them does: a cached conversion is keyed by it. */
    String key() {
        StringBuilder key = new StringBuilder();
        attributes.forEach((name, value) -> key.append(name).append('=').append(value).append('\n'));
        return key.append("footnote-title=").append(footnoteTitle).toString();
    }
}
