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
import java.util.function.Supplier;

/**
 * The checks of each file that depend on nothing but the file, kept for the next build in the same process
 * (the live preview) together with the file as {@link se.medborgarloften.load.ReadCache} keeps it: a file
 * that was not read again is the same object, and is not checked again. Checking every file against its
 * schema was most of a national site's validation. The results are only reused for the same schemas and
 * languages. A file's references to other files are kept with the objects they were checked against and
 * checked again when any of those is not the same object; everything else that looks across files
 * (addresses, translations of prose, what refers to a period) is checked on every build.
 */
public final class CheckCache {

    private final Map<JsonSource, ContentValidator.Checked> checked = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<JsonSource, List<Diagnostic>> translations = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<JsonSource, Set<String>> pending = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<JsonSource, References> references = Collections.synchronizedMap(new IdentityHashMap<>());
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
        references.keySet().retainAll(current);
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

    /** A file's references checked against these objects (other files and models), told apart by identity. */
    private record References(List<Object> checkedAgainst, List<Diagnostic> problems) {

        boolean against(List<Object> others) {
            if (others.size() != checkedAgainst.size()) {
                return false;
            }
            for (int i = 0; i < others.size(); i++) {
                if (others.get(i) != checkedAgainst.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The problems in a file's references to what it was checked against (organisations.json, the promise a
     * follow-up follows up): checked again when the file or any of those is not the object it was. At 250 x
     * 10 these checks were a tenth of the live preview's rebuild before any page could render.
     */
    List<Diagnostic> referenceProblems(JsonSource source, List<Object> checkedAgainst, Supplier<List<Diagnostic>> check) {
        References earlier = references.get(source);
        if (earlier != null && earlier.against(checkedAgainst)) {
            return earlier.problems;
        }
        List<Diagnostic> now = check.get();
        references.put(source, new References(checkedAgainst, now));
        return now;
    }

    /** The translations the file declares pending: asked for every prose file's owner on every build. */
    Set<String> declaredPending(JsonSource source) {
        return pending.computeIfAbsent(source, TranslationRules::declaredPending);
    }
}
