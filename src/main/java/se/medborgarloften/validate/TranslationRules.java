package se.medborgarloften.validate;

import com.fasterxml.jackson.databind.JsonNode;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.ProseSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every text must exist in every site language, unless its file lists the language in
 * "pendingTranslations"; then the page shows the default language with a notice instead.
 */
final class TranslationRules {

    private static final Pattern LANGUAGE_KEY = Pattern.compile("[a-z]{2}");

    private final String defaultLanguage;
    private final List<String> languages;

    TranslationRules(String defaultLanguage, List<String> languages) {
        this.defaultLanguage = defaultLanguage;
        this.languages = List.copyOf(languages);
    }

    List<Diagnostic> checkJson(JsonSource source) {
        List<Diagnostic> found = new ArrayList<>();
        Set<String> pending = pendingIn(source.tree());
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
                found.add(Diagnostic.error(source.path(), JsonSource.positionOf(node), pointer,
                        "The " + languageName(language) + " translation (\"" + language + "\") is missing for \"" + original + "\".",
                        "Add \"" + language + "\": \"…\" beside \"" + defaultLanguage + "\", or, if the translation is coming later, "
                                + "add \"pendingTranslations\": [\"" + language + "\"] at the top of the file."));
            }
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String language = names.next();
            if (!languages.contains(language)) {
                found.add(Diagnostic.error(source.path(), JsonSource.positionOf(node.get(language)), pointer + "/" + language,
                        "\"" + language + "\" is not one of the site's languages " + languages + ".",
                        "Correct the language code, or add the language to content/site.json."));
            }
        }
    }

    /** A prose file in the default language needs its translations beside it, and no translation may stand alone. */
    List<Diagnostic> checkProse(List<ProseSource> prose, Map<String, JsonSource> jsonByPath) {
        List<Diagnostic> found = new ArrayList<>();
        Set<String> present = new HashSet<>();
        prose.forEach(p -> present.add(p.jsonPath() + "|" + p.language()));
        for (ProseSource p : prose) {
            JsonSource owner = jsonByPath.get(p.jsonPath());
            if (owner == null) {
                found.add(Diagnostic.error(p.path(), 0, 0, "", "This text has no " + fileName(p.jsonPath()) + " beside it, so it belongs to nothing.",
                        "Create " + p.jsonPath() + " or move the text to the folder it belongs to."));
                continue;
            }
            if (!languages.contains(p.language())) {
                found.add(Diagnostic.error(p.path(), 0, 0, "", "\"" + p.language() + "\" is not one of the site's languages " + languages + ".",
                        "Rename the file with one of those language codes."));
                continue;
            }
            if (p.language().equals(defaultLanguage)) {
                Set<String> pending = pendingIn(owner.tree());
                for (String language : languages) {
                    String sibling = p.path().replace("." + defaultLanguage + ".adoc", "." + language + ".adoc");
                    if (!present.contains(p.jsonPath() + "|" + language) && !pending.contains(language)) {
                        found.add(Diagnostic.error(p.path(), 0, 0, "", "The " + languageName(language) + " translation " + sibling + " is missing.",
                                "Write " + sibling + " (same structure, translated), or add \"pendingTranslations\": [\"" + language
                                        + "\"] to " + p.jsonPath() + " until it is ready."));
                    }
                }
            } else if (!present.contains(p.jsonPath() + "|" + defaultLanguage)) {
                found.add(Diagnostic.error(p.path(), 0, 0, "", "This translation has no " + languageName(defaultLanguage) + " original beside it.",
                        "Write " + p.path().replace("." + p.language() + ".adoc", "." + defaultLanguage + ".adoc") + " first, or delete this file."));
            }
        }
        return found;
    }

    private static Set<String> pendingIn(JsonNode tree) {
        Set<String> pending = new HashSet<>();
        JsonNode list = tree.get("pendingTranslations");
        if (list != null && list.isArray()) {
            list.forEach(n -> pending.add(n.asText()));
        }
        return pending;
    }

    private static String languageName(String code) {
        return switch (code) {
            case "sv" -> "Swedish";
            case "en" -> "English";
            default -> java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH);
        };
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
