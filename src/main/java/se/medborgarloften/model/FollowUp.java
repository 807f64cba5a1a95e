package se.medborgarloften.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** content/areas/&lt;area&gt;/&lt;period&gt;/follow-up.json: how that period's promise was followed up. */
public record FollowUp(PartialDate published, List<String> by, List<String> kinds, List<Entry> entries,
                       List<Finding> findings, List<Source> sources, List<LocalizedText> notes,
                       List<String> pendingTranslations, List<EditorsNote> editorsNotes) implements Translatable {

    public FollowUp {
        by = Lists.orEmpty(by);
        kinds = Lists.orEmpty(kinds);
        entries = Lists.orEmpty(entries);
        findings = Lists.orEmpty(findings);
        sources = Lists.orEmpty(sources);
        notes = Lists.orEmpty(notes);
        pendingTranslations = Lists.orEmpty(pendingTranslations);
        editorsNotes = Lists.orEmpty(editorsNotes);
    }

    /** The outcome of one commitment. */
    public record Entry(String commitment, String status, String kind, Outcome outcome, LocalizedText evidence,
                        PartialDate date, List<Passage> passages, LocalizedText editorsNote) implements Sourced {
        public Entry {
            passages = Lists.orEmpty(passages);
        }
    }

    public record Outcome(Double value, LocalizedText text) {
    }

    /** Something the follow-up reports that is not tied to one commitment. */
    public record Finding(LocalizedText text, String kind, List<String> problems, List<Passage> passages,
                          LocalizedText editorsNote) implements Sourced {
        public Finding {
            problems = Lists.orEmpty(problems);
            passages = Lists.orEmpty(passages);
        }
    }

    /**
     * The kinds of follow-up this one reports: those it names for itself, then those of its entries and
     * findings, each once. A follow-up that names none still reports the kinds of what it found.
     */
    public List<String> reportedKinds() {
        Set<String> reported = new LinkedHashSet<>(kinds);
        entries.forEach(entry -> addKind(reported, entry.kind()));
        findings.forEach(finding -> addKind(reported, finding.kind()));
        return List.copyOf(reported);
    }

    private static void addKind(Set<String> kinds, String kind) {
        if (kind != null) {
            kinds.add(kind);
        }
    }

    public Optional<Entry> entryFor(String commitmentId) {
        // A loop, not a stream: a period's changes and its area's history ask this of every commitment.
        for (Entry entry : entries) {
            if (entry.commitment().equals(commitmentId)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The editors' note on one fact of this file (e.g. "localPoliceArea"), or null when the sources state it. */
    public LocalizedText editorsNoteAbout(String fact) {
        for (EditorsNote note : editorsNotes) {
            if (note.about().equals(fact)) {
                return note.text();
            }
        }
        return null;
    }
}
