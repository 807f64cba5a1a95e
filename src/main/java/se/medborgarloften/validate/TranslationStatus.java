package se.medborgarloften.validate;

import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.LoadedContent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What still needs translating: texts that lack a language (also where the file marks the translation as
 * pending, which the build accepts) and translations older than their original.
 */
public final class TranslationStatus {

    private final LoadedContent loaded;
    private final TranslationRules rules;

    public TranslationStatus(LoadedContent loaded, String defaultLanguage, List<String> languages) {
        this.loaded = loaded;
        this.rules = new TranslationRules(defaultLanguage, languages, false);
    }

    public List<Diagnostic> report(LocalDate today) {
        List<Diagnostic> found = new ArrayList<>();
        loaded.json().forEach(source -> found.addAll(rules.checkJson(source)));
        Map<String, JsonSource> byPath = loaded.json().stream()
                .collect(Collectors.toMap(JsonSource::path, Function.identity(), (a, b) -> a));
        found.addAll(rules.checkProse(loaded.prose(), byPath));
        found.addAll(new ContentWarnings(loaded, today).translationsBehind());
        return found.stream().map(Diagnostic::asWarning).sorted(Diagnostic.ORDER).toList();
    }
}
