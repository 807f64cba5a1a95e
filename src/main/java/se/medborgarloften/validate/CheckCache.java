package se.medborgarloften.validate;

import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.load.JsonSource;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks of each file that depend on nothing but the file, kept for the next build in the same process
 * (the live preview) together with the file as {@link se.medborgarloften.load.ReadCache} keeps it: a file
 * that was not read again is the same object, and is not checked again. Checking every file against its
 * schema was most of a national site's validation. The results are only reused for the same schemas and
 * languages; everything that looks across files is checked on every build.
 */
public final class CheckCache {

    private final Map<JsonSource, ContentValidator.Checked> checked = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<JsonSource, List<Diagnostic>> translations = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<JsonSource, Set<String>> pending = Collections.synchronizedMap(new IdentityHashMap<>());
    private String schemas = "";
    private String languages = "";

    /** Forgets what was checked against other schemas, and files no longer loaded. */
    synchronized void startValidation(String schemaTexts, Collection<JsonSource> files) {
        if (!schemas.equals(schemaTexts)) {
            checked.clear();
            schemas = schemaTexts;
        }
        Set<JsonSource> current = Collections.newSetFromMap(new IdentityHashMap<>());
        current.addAll(files);
        checked.keySet().retainAll(current);
        translations.keySet().retainAll(current);
        pending.keySet().retainAll(current);
    }

    /** Forgets the translations checked for other languages (site.json is known only once it is checked). */
    synchronized void forLanguages(String siteLanguages) {
        if (!languages.equals(siteLanguages)) {
            translations.clear();
            languages = siteLanguages;
        }
    }

    ContentValidator.Checked checked(JsonSource source, Function<JsonSource, ContentValidator.Checked> check) {
        ContentValidator.Checked earlier = checked.get(source);
        if (earlier != null) {
            return earlier;
        }
        ContentValidator.Checked now = check.apply(source);
        checked.put(source, now);
        return now;
    }

    List<Diagnostic> translationProblems(JsonSource source, Function<JsonSource, List<Diagnostic>> check) {
        List<Diagnostic> earlier = translations.get(source);
        if (earlier != null) {
            return earlier;
        }
        List<Diagnostic> now = List.copyOf(check.apply(source));
        translations.put(source, now);
        return now;
    }

    /** The translations the file declares pending: asked for every prose file's owner on every build. */
    Set<String> declaredPending(JsonSource source) {
        return pending.computeIfAbsent(source, TranslationRules::declaredPending);
    }
}
