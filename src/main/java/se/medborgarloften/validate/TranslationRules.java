package se.medborgarloften.validate;

import com.fasterxml.jackson.databind.JsonNode;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.ProseSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every text must exist in every site language, unless its file lists the language in
 * "pendingTranslations"; then the page shows the default language with a notice instead.
 */
final class TranslationRules {

    private static final Pattern LANGUAGE_KEY = Pattern.compile("[a-z]{2}");

    private final String defaultLanguage;
    private final List<String> languages;
    private final boolean acceptPending;

    TranslationRules(String defaultLanguage, List<String> languages) {
        this(defaultLanguage, languages, true);
    }

    /** @param acceptPending false to list every missing translation, also those a file marks as pending */
    TranslationRules(String defaultLanguage, List<String> languages, boolean acceptPending) {
        this.defaultLanguage = defaultLanguage;
        this.languages = List.copyOf(languages);
        this.acceptPending = acceptPending;
    }

    List<Diagnostic> checkJson(JsonSource source) {
        List<Diagnostic> found = new ArrayList<>();
        Set<String> pending = acceptPending ? declaredPending(source) : Set.of();
        walk(source, source.tree(), "", pending, found);
        return found;
    }

    private void walk(JsonSource source, JsonNode node, String pointer, Set<String> pending, List<Diagnostic> found) {
        if (node.isObject()) {
            if (isLocalizedText(node)) {
                checkLocalizedText(source, node, pointer, pending, found);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(source, field.getValue(), pointer + "/" + escape(field.getKey()), pending, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(source, node.get(i), pointer + "/" + i, pending, found);
            }
        }
    }

    private boolean isLocalizedText(JsonNode node) {
        if (!node.has(defaultLanguage) || !node.get(defaultLanguage).isTextual()) {
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!LANGUAGE_KEY.matcher(names.next()).matches()) {
                return false;
            }
        }
        return true;
    }

    private void checkLocalizedText(JsonSource source, JsonNode node, String pointer, Set<String> pending,
                                    List<Diagnostic> found) {
        for (String language : languages) {
            if (!node.has(language) && !pending.contains(language)) {
                String original = abbreviate(node.get(defaultLanguage).asText());
                found.add(Diagnostic.error(source.path(), source.locate(pointer), pointer,
                        Text.of("translation.missing", languageName(language), language, original),
                        Text.of("translation.missing.hint", language, defaultLanguage)));
            }
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String language = names.next();
            if (!languages.contains(language)) {
                found.add(Diagnostic.error(source.path(), source.locate(pointer + "/" + language), pointer + "/" + language,
                        Text.of("translation.unknownLanguage", language, languages),
                        Text.of("translation.unknownLanguage.hint")));
            }
        }
    }

    /** A prose file in the default language needs its translations beside it, and no translation may stand alone. */
    List<Diagnostic> checkProse(List<ProseSource> prose, Map<String, JsonSource> jsonByPath) {
        return checkProse(prose, jsonByPath, TranslationRules::declaredPending);
    }

    /** @param declaredPending the languages a file says its translations are pending in (see {@link #declaredPending}) */
    List<Diagnostic> checkProse(List<ProseSource> prose, Map<String, JsonSource> jsonByPath,
                                Function<JsonSource, Set<String>> declaredPending) {
        List<Diagnostic> found = new ArrayList<>();
        Set<String> present = new HashSet<>();
        prose.forEach(p -> present.add(p.jsonPath() + "|" + p.language()));
        Map<String, String> originals = new HashMap<>();
        prose.stream().filter(p -> p.language().equals(defaultLanguage)).forEach(p -> originals.put(p.jsonPath(), p.text()));
        for (ProseSource p : prose) {
            JsonSource owner = jsonByPath.get(p.jsonPath());
            if (owner == null) {
                found.add(Diagnostic.error(p.path(), 0, 0, "", Text.of("prose.orphan", fileName(p.jsonPath())),
                        Text.of("prose.orphan.hint", p.jsonPath())));
                continue;
            }
            if (!languages.contains(p.language())) {
                found.add(Diagnostic.error(p.path(), 0, 0, "", Text.of("translation.unknownLanguage", p.language(), languages),
                        Text.of("prose.unknownLanguage.hint")));
                continue;
            }
            if (p.language().equals(defaultLanguage)) {
                Set<String> pending = acceptPending ? declaredPending.apply(owner) : Set.of();
                for (String language : languages) {
                    String sibling = p.path().replace("." + defaultLanguage + ".adoc", "." + language + ".adoc");
                    if (!present.contains(p.jsonPath() + "|" + language) && !pending.contains(language)) {
                        found.add(Diagnostic.error(p.path(), 0, 0, "", Text.of("prose.missingTranslation", languageName(language), sibling),
                                Text.of("prose.missingTranslation.hint", sibling, language, p.jsonPath())));
                    }
                }
            } else if (!present.contains(p.jsonPath() + "|" + defaultLanguage)) {
                found.add(Diagnostic.error(p.path(), 0, 0, "", Text.of("prose.noOriginal", languageName(defaultLanguage)),
                        Text.of("prose.noOriginal.hint", p.path().replace("." + p.language() + ".adoc", "." + defaultLanguage + ".adoc"))));
            } else if (p.text().isBlank() && !originals.getOrDefault(p.jsonPath(), "").isBlank()) {
                // An empty file would publish the page without its text, and count as translated.
                found.add(Diagnostic.error(p.path(), 1, 1, "", Text.of("prose.emptyTranslation",
                                p.path().replace("." + p.language() + ".adoc", "." + defaultLanguage + ".adoc")),
                        Text.of("prose.emptyTranslation.hint", p.language(), p.jsonPath())));
            }
        }
        return found;
    }

    /** The languages the file's "pendingTranslations" names: translations its authors know are missing. */
    static Set<String> declaredPending(JsonSource source) {
        Set<String> pending = new HashSet<>();
        JsonNode list = source.tree().get("pendingTranslations");
        if (list != null && list.isArray()) {
            list.forEach(n -> pending.add(n.asText()));
        }
        return Set.copyOf(pending);
    }

    /** The language's name in the reader's language, e.g. "engelska" or "English". */
    private static Object languageName(String code) {
        return code.equals("sv") || code.equals("en") ? Text.of("language." + code) : code;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "…";
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
