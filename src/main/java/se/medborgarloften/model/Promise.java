package se.medborgarloften.model;

import java.util.List;
import java.util.Optional;

/** content/areas/&lt;area&gt;/&lt;period&gt;/promise.json: what was promised for one period. */
public record Promise(LocalizedText title, LocalizedText focus, DateRange period, PartialDate published,
                      Signing signing, List<String> parties, String localPoliceArea, List<Basis> basis,
                      SituationPicture situationPicture, List<Problem> problems, List<Section> sections,
                      List<Commitment> commitments, List<LocalizedText> goals, List<String> partners,
                      LocalizedText channelsIntro, List<LocalizedText> channels, LocalizedText followUpMethodsIntro,
                      List<String> followUpMethods, FollowUpPlan followUpPlan,
                      List<Person> signatories, List<Quote> quotes, List<Source> sources,
                      List<LocalizedText> sourceDifferences, List<LocalizedText> notes,
                      List<String> pendingTranslations, boolean originalPublication,
                      List<EditorsNote> editorsNotes) implements Translatable {

    public Promise {
        parties = Lists.orEmpty(parties);
        basis = Lists.orEmpty(basis);
        problems = Lists.orEmpty(problems);
        sections = Lists.orEmpty(sections);
        commitments = Lists.orEmpty(commitments);
        goals = Lists.orEmpty(goals);
        partners = Lists.orEmpty(partners);
        channels = Lists.orEmpty(channels);
        followUpMethods = Lists.orEmpty(followUpMethods);
        signatories = Lists.orEmpty(signatories);
        quotes = Lists.orEmpty(quotes);
        sources = Lists.orEmpty(sources);
        sourceDifferences = Lists.orEmpty(sourceDifferences);
        notes = Lists.orEmpty(notes);
        pendingTranslations = Lists.orEmpty(pendingTranslations);
        editorsNotes = Lists.orEmpty(editorsNotes);
    }

    public record Signing(String status, PartialDate date, LocalizedText note) {
    }

    public record Basis(String kind, DateRange when, LocalizedText text) {
    }

    public record SituationPicture(LocalizedText title, LocalizedText intro) {
    }

    public record Problem(String id, LocalizedText title, LocalizedText description, DesiredEffect desiredEffect,
                          List<Activity> activities, List<Passage> passages, LocalizedText editorsNote)
            implements Sourced {
        public Problem {
            activities = Lists.orEmpty(activities);
            passages = Lists.orEmpty(passages);
        }
    }

    public record DesiredEffect(LocalizedText label, LocalizedText text, List<Passage> passages,
                                LocalizedText editorsNote) implements Sourced {
        public DesiredEffect {
            passages = Lists.orEmpty(passages);
        }
    }

    /** Involved actors and an example activity for one problem. */
    public record Activity(List<String> actors, LocalizedText actorLabel, LocalizedText text,
                           List<Passage> passages, LocalizedText editorsNote) implements Sourced {
        public Activity {
            actors = Lists.orEmpty(actors);
            passages = Lists.orEmpty(passages);
        }
    }

    public record Section(String id, LocalizedText title, LocalizedText intro, LocalizedText outro,
                          boolean groupByActor) {
    }

    public record Commitment(String id, String section, List<String> actors, LocalizedText actorLabel,
                             LocalizedText text, Target target, List<String> problems, LocalizedText note,
                             List<Passage> passages, LocalizedText editorsNote) implements Sourced {
        public Commitment {
            actors = Lists.orEmpty(actors);
            problems = Lists.orEmpty(problems);
            passages = Lists.orEmpty(passages);
        }
    }

    /** A numeric target such as "at least 25 surveillance operations". */
    public record Target(String comparator, int value, LocalizedText unit) {
    }

    public record FollowUpPlan(PartialDate when, List<String> by, LocalizedText text) {
        public FollowUpPlan {
            by = Lists.orEmpty(by);
        }
    }

    public Optional<Problem> problem(String id) {
        return problems.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Commitment> commitment(String id) {
        return commitments.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Commitment> commitmentsIn(String sectionId) {
        return commitments.stream().filter(c -> sectionId.equals(c.section())).toList();
    }

    /** Commitments that name no section, or a section that does not exist, are shown on their own. */
    public List<Commitment> commitmentsWithoutSection() {
        return commitments.stream()
                .filter(c -> c.section() == null || sections.stream().noneMatch(s -> s.id().equals(c.section())))
                .toList();
    }

    public List<Commitment> commitmentsFor(String problemId) {
        return commitments.stream().filter(c -> c.problems().contains(problemId)).toList();
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
