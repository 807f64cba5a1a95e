package se.medborgarloften.validate;

import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.load.ContentRole;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.model.ArchivedSource;
import se.medborgarloften.model.FollowUp;
import se.medborgarloften.model.Passage;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.Quote;
import se.medborgarloften.model.Source;
import se.medborgarloften.model.Sourced;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every item of a period (problem, desired effect, actors and activities, commitment, signatory, quotation,
 * follow-up entry and finding) says where its source says it, or carries the editors' note that says what they
 * inferred: an archive may state only what its sources state. Each quoted passage must be in the archived text
 * of the source it names, whatever the spaces and line breaks. A promise first published here is its own source.
 */
final class ProvenanceRules {

    private final Map<String, ArchivedSource> archived = new HashMap<>();
    private final List<Diagnostic> found = new ArrayList<>();

    ProvenanceRules(List<ArchivedSource> sources) {
        sources.forEach(s -> archived.put(s.name(), s));
    }

    List<Diagnostic> check(LoadedContent loaded, Map<String, Object> bound) {
        Map<String, Promise> promisesByFolder = new HashMap<>();
        for (JsonSource source : loaded.withRole(ContentRole.PROMISE)) {
            if (bound.get(source.path()) instanceof Promise promise) {
                promisesByFolder.put(String.join("/", source.folder()), promise);
                checkPromise(source, promise);
            }
        }
        for (JsonSource source : loaded.withRole(ContentRole.FOLLOW_UP)) {
            if (bound.get(source.path()) instanceof FollowUp followUp) {
                Promise promise = promisesByFolder.get(String.join("/", source.folder()));
                checkFollowUp(source, followUp, promise != null && promise.originalPublication());
            }
        }
        return List.copyOf(found);
    }

    private void checkPromise(JsonSource file, Promise promise) {
        Quoting quoting = new Quoting(file, promise.sources(), "/sources", promise.originalPublication());
        for (int i = 0; i < promise.problems().size(); i++) {
            Promise.Problem problem = promise.problems().get(i);
            String at = "/problems/" + i;
            quoting.item(at, problem, Text.of("what.problem"));
            if (problem.desiredEffect() != null) {
                quoting.item(at + "/desiredEffect", problem.desiredEffect(), Text.of("provenance.desiredEffect"));
            }
            for (int j = 0; j < problem.activities().size(); j++) {
                quoting.item(at + "/activities/" + j, problem.activities().get(j), Text.of("provenance.activity"));
            }
        }
        for (int i = 0; i < promise.commitments().size(); i++) {
            quoting.item("/commitments/" + i, promise.commitments().get(i), Text.of("what.commitment"));
        }
        for (int i = 0; i < promise.signatories().size(); i++) {
            quoting.item("/signatories/" + i, promise.signatories().get(i), Text.of("provenance.signatory"));
        }
        quotes(quoting, promise.quotes());
    }

    private void checkFollowUp(JsonSource file, FollowUp followUp, boolean originalPublication) {
        Quoting quoting = new Quoting(file, followUp.sources(), "/sources", originalPublication);
        for (int i = 0; i < followUp.entries().size(); i++) {
            quoting.item("/entries/" + i, followUp.entries().get(i), Text.of("provenance.entry"));
        }
        for (int i = 0; i < followUp.findings().size(); i++) {
            quoting.item("/findings/" + i, followUp.findings().get(i), Text.of("provenance.finding"));
        }
    }

    private static void quotes(Quoting quoting, List<Quote> quotes) {
        for (int i = 0; i < quotes.size(); i++) {
            quoting.item("/quotes/" + i, quotes.get(i), Text.of("provenance.quote"));
        }
    }

    /** The checks of one file, which knows the file's sources and whether it is its own source. */
    private final class Quoting {

        private final JsonSource file;
        private final List<Source> sources;
        private final boolean ownSource;

        Quoting(JsonSource file, List<Source> sources, String pointer, boolean ownSource) {
            this.file = file;
            this.sources = sources;
            this.ownSource = ownSource;
            for (int i = 0; i < sources.size(); i++) {
                String reference = sources.get(i).reference();
                if (reference != null && !archived.containsKey(reference)) {
                    error(pointer + "/" + i + "/reference", Text.of("provenance.noArchivedText", reference),
                            Text.of("provenance.noArchivedText.hint", reference));
                }
            }
        }

        void item(String pointer, Sourced item, Text what) {
            // A draft whose sources are not written yet is warned of as such (ContentWarnings); its items are
            // asked for their passages once it names a source to quote.
            if (sources.isEmpty() && item.passages().isEmpty()) {
                return;
            }
            if (item.passages().isEmpty() && !item.hasEditorsNote() && !ownSource) {
                error(pointer, Text.of("provenance.unsourced", what), Text.of("provenance.unsourced.hint"));
            }
            for (int k = 0; k < item.passages().size(); k++) {
                passage(pointer + "/passages/" + k, item.passages().get(k));
            }
        }

        private void passage(String pointer, Passage passage) {
            Source source = sourceOf(pointer, passage);
            if (source == null) {
                return;
            }
            if (source.reference() == null) {
                error(pointer, Text.of("provenance.sourceNotArchived", source.id()), Text.of("provenance.sourceNotArchived.hint"));
                return;
            }
            ArchivedSource text = archived.get(source.reference());
            if (text == null || text.lineOf(passage.text()) > 0) {
                return;
            }
            String[] words = ArchivedSource.flatten(passage.text()).split(" ");
            int agreeing = wordsFound(text, words);
            if (agreeing == 0) {
                error(pointer + "/text", Text.of("provenance.notInSource", source.reference()),
                        Text.of("provenance.notInSource.hint", text.path()));
            } else {
                String start = String.join(" ", java.util.Arrays.copyOf(words, agreeing));
                error(pointer + "/text", Text.of("provenance.differs", source.reference(), text.lineOf(start), start,
                        words[agreeing]), Text.of("provenance.differs.hint", text.path()));
            }
        }

        /** How many of the passage's first words the source has together, so the message can say where it parts. */
        private static int wordsFound(ArchivedSource text, String[] words) {
            int low = 0;
            int high = words.length;
            while (low < high) {
                int middle = (low + high + 1) / 2;
                if (text.lineOf(String.join(" ", java.util.Arrays.copyOf(words, middle))) > 0) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return low;
        }

        private Source sourceOf(String pointer, Passage passage) {
            if (sources.isEmpty()) {
                error(pointer, Text.of("provenance.noSources"), Text.of("provenance.noSources.hint"));
                return null;
            }
            if (passage.source() == null) {
                return sources.get(0);
            }
            for (Source source : sources) {
                if (source.id().equals(passage.source())) {
                    return source;
                }
            }
            error(pointer + "/source", Text.of("provenance.unknownSource", passage.source()),
                    Text.of("provenance.unknownSource.hint", sources.stream().map(Source::id).toList()));
            return null;
        }

        private void error(String pointer, Text message, Text hint) {
            found.add(Diagnostic.error(file.path(), file.locate(pointer), pointer, message, hint));
        }
    }
}
