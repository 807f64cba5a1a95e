package se.medborgarloften.validate;

import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.incremental.SameInputs;
import se.medborgarloften.load.JsonSource;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which checks of a file the next build in the same process (the live preview) need not run again, kept as the
 * incremental package keeps any result ({@link SameInputs}): while the file, and what it was checked against, are
 * the same objects. The checks against a file's schema are only reused for the same schemas, its translations only
 * for the same languages. Everything else that looks across files (addresses, translations of prose, what refers
 * to a period) is checked on every build.
 */
public final class CheckCache {

    private final SameInputs<JsonSource, ContentValidator.Checked> checked;
    private final SameInputs<JsonSource, List<Diagnostic>> translations;
    private final SameInputs<JsonSource, Set<String>> pending;
    private final SameInputs<JsonSource, List<Diagnostic>> references;
    private String schemas = "";
    private String languages = "";

    /** Checks kept for the next build in this process. */
    public CheckCache() {
        this(true);
    }

    private CheckCache(boolean keeping) {
        checked = new SameInputs<>(keeping);
        translations = new SameInputs<>(keeping);
        pending = new SameInputs<>(keeping);
        references = new SameInputs<>(keeping);
    }

    /** For a build with no next build in its process: every check runs, and none holds on to the files it read. */
    public static CheckCache keepingNothing() {
        return new CheckCache(false);
    }

    /** Forgets what was checked against other schemas, and files no longer loaded. */
    synchronized void startValidation(String schemaTexts, Collection<JsonSource> files) {
        if (!schemas.equals(schemaTexts)) {
            checked.clear();
            schemas = schemaTexts;
        }
        checked.retainOnly(files);
        translations.retainOnly(files);
        pending.retainOnly(files);
        references.retainOnly(files);
    }

    /** Forgets the translations checked for other languages (site.json is known only once it is checked). */
    synchronized void forLanguages(String siteLanguages) {
        if (!languages.equals(siteLanguages)) {
            translations.clear();
            languages = siteLanguages;
        }
    }

    ContentValidator.Checked checked(JsonSource source, Function<JsonSource, ContentValidator.Checked> check) {
        return checked.get(source, () -> check.apply(source));
    }

    List<Diagnostic> translationProblems(JsonSource source, Function<JsonSource, List<Diagnostic>> check) {
        return translations.get(source, () -> List.copyOf(check.apply(source)));
    }

    /**
     * The problems in a file's references to what it was checked against (organisations.json, the promise a
     * follow-up follows up): checked again when the file or any of those is not the object it was.
     */
    List<Diagnostic> referenceProblems(JsonSource source, List<Object> checkedAgainst, Supplier<List<Diagnostic>> check) {
        return references.get(source, checkedAgainst, check);
    }

    /** The translations the file declares pending: asked for every prose file's owner on every build. */
    Set<String> declaredPending(JsonSource source) {
        return pending.get(source, () -> TranslationRules.declaredPending(source));
    }
}
