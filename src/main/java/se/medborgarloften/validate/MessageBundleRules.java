package se.medborgarloften.validate;

import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.model.MessageBundle;

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
                        Text.of("bundles.missing", language), Text.of("bundles.missing.hint", defaultLanguage)));
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
                    found.add(Diagnostic.error(bundle.path(), 0, 0, key, Text.of("bundles.missingKey", key),
                            Text.of("bundles.missingKey.hint", key, reference.messages().get(key),
                                    reference.lines().getOrDefault(key, 0), reference.path())));
                }
            }
            for (String key : new TreeSet<>(bundle.messages().keySet())) {
                if (!reference.messages().containsKey(key)) {
                    found.add(Diagnostic.error(bundle.path(), bundle.lines().getOrDefault(key, 0), 1, key,
                            Text.of("bundles.extraKey", key, reference.path()), Text.of("bundles.extraKey.hint", reference.path())));
                }
            }
        }
        return found;
    }
}
