package se.medborgarloften.validate;

import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.load.MessageBundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every site language has a UI message bundle, and every bundle has the same keys. */
final class MessageBundleRules {

    private final String defaultLanguage;
    private final List<String> languages;

    MessageBundleRules(String defaultLanguage, List<String> languages) {
        this.defaultLanguage = defaultLanguage;
        this.languages = languages;
    }

    List<Diagnostic> check(List<MessageBundle> bundles) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, MessageBundle> byLanguage = bundles.stream()
                .collect(Collectors.toMap(MessageBundle::language, Function.identity(), (a, b) -> a));
        for (String language : languages) {
            if (!byLanguage.containsKey(language)) {
                found.add(Diagnostic.error("templates/i18n/messages_" + language + ".properties", 0, 0, "",
                        "The UI strings for \"" + language + "\" are missing.",
                        "Copy templates/i18n/messages_" + defaultLanguage + ".properties to this name and translate every value."));
            }
        }
        MessageBundle reference = byLanguage.get(defaultLanguage);
        if (reference == null) {
            return found;
        }
        for (MessageBundle bundle : bundles) {
            if (bundle == reference || !languages.contains(bundle.language())) {
                continue;
            }
            for (String key : new TreeSet<>(reference.messages().keySet())) {
                if (!bundle.messages().containsKey(key)) {
                    found.add(Diagnostic.error(bundle.path(), 0, 0, key, "The UI string \"" + key + "\" is missing.",
                            "Add a line " + key + "=… with the translation of \"" + reference.messages().get(key)
                                    + "\" (line " + reference.lines().getOrDefault(key, 0) + " of " + reference.path() + ")."));
                }
            }
            for (String key : new TreeSet<>(bundle.messages().keySet())) {
                if (!reference.messages().containsKey(key)) {
                    found.add(Diagnostic.error(bundle.path(), bundle.lines().getOrDefault(key, 0), 1, key,
                            "The UI string \"" + key + "\" is not in " + reference.path() + ".",
                            "Remove it, or add it to " + reference.path() + " as well."));
                }
            }
        }
        return found;
    }
}
