package se.medborgarloften.validate;

import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.model.Area;
import se.medborgarloften.model.FollowUp;
import se.medborgarloften.model.NewsItem;
import se.medborgarloften.model.Organisation;
import se.medborgarloften.model.Person;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.Quote;
import se.medborgarloften.model.SiteSettings;
import se.medborgarloften.model.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** What a schema cannot check: references between files, unique ids, and dates that must agree. */
final class ReferenceRules {

    private static final Pattern PERIOD_FOLDER = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    private final Set<String> organisationIds;
    private final List<Diagnostic> found = new ArrayList<>();

    ReferenceRules(List<Organisation> organisations) {
        this.organisationIds = new HashSet<>();
        organisations.forEach(o -> organisationIds.add(o.id()));
    }

    List<Diagnostic> found() {
        return List.copyOf(found);
    }

    /**
     * What one check finds, kept apart from what was found before it, so that the problems of a file can be
     * kept for the next build (see {@link CheckCache#referenceProblems}) and {@link #report reported} again.
     */
    List<Diagnostic> separately(Runnable check) {
        int before = found.size();
        check.run();
        List<Diagnostic> added = found.subList(before, found.size());
        List<Diagnostic> problems = List.copyOf(added);
        added.clear();
        return problems;
    }

    /** Problems found by a check run {@link #separately}, reported in the order the checks are made. */
    void report(List<Diagnostic> problems) {
        found.addAll(problems);
    }

    void checkOrganisations(JsonSource source, List<Organisation> organisations) {
        unique(source, "/organisations", organisations, Organisation::id, "organisation", "id");
        for (int i = 0; i < organisations.size(); i++) {
            Organisation o = organisations.get(i);
            if (o.parent() != null) {
                organisation(source, "/organisations/" + i + "/parent", o.parent());
                if (o.parent().equals(o.id()) || isAncestor(o.id(), o.parent(), organisations)) {
                    error(source, "/organisations/" + i + "/parent", Text.of("org.cycle", o.id()), Text.of("org.cycle.hint"));
                }
            }
        }
    }

    private static boolean isAncestor(String id, String parent, List<Organisation> organisations) {
        Map<String, String> parents = new HashMap<>();
        organisations.forEach(o -> parents.put(o.id(), o.parent()));
        Set<String> seen = new HashSet<>();
        for (String p = parent; p != null && seen.add(p); p = parents.get(p)) {
            if (p.equals(id)) {
                return true;
            }
        }
        return false;
    }

    void checkSite(JsonSource source, SiteSettings site) {
        organisations(source, "/owners", site.owners());
        unique(source, "/languages", site.languages(), SiteSettings.Language::code, "language", "code");
        if (site.languages().stream().noneMatch(l -> l.code().equals(site.defaultLanguage()))) {
            error(source, "/defaultLanguage", Text.of("site.defaultLanguage", site.defaultLanguage()), Text.of("site.defaultLanguage.hint"));
        }
    }

    void checkArea(JsonSource source, Area area) {
        if (!area.id().equals(source.folderName(0))) {
            error(source, "/id", Text.of("area.idMismatch", area.id(), source.folderName(0)), Text.of("area.idMismatch.hint"));
        }
        organisation(source, "/municipality", area.municipality());
        organisation(source, "/localPoliceArea", area.localPoliceArea());
    }

    void checkPromise(JsonSource source, Promise promise) {
        String folder = source.folderName(1);
        var m = PERIOD_FOLDER.matcher(folder);
        int start = promise.period().start().year();
        int end = promise.period().end().year();
        String expected = start == end ? String.valueOf(start) : start + "-" + end;
        if (!m.matches()) {
            error(source, "", Text.of("period.folderName", folder), Text.of("period.folderName.hint", expected));
        } else if (!folder.equals(expected)) {
            error(source, "/period", Text.of("period.folderMismatch", promise.period().start(), promise.period().end(), folder),
                    Text.of("period.folderMismatch.hint", expected));
        }
        if (promise.period().endsBeforeItStarts()) {
            error(source, "/period/end", Text.of("period.reversed", promise.period().end(), promise.period().start()),
                    Text.of("period.reversed.hint"));
        }
        organisations(source, "/parties", promise.parties());
        organisation(source, "/localPoliceArea", promise.localPoliceArea());
        organisations(source, "/partners", promise.partners());
        unique(source, "/problems", promise.problems(), Promise.Problem::id, "problem", "id");
        unique(source, "/sections", promise.sections(), Promise.Section::id, "section", "id");
        unique(source, "/commitments", promise.commitments(), Promise.Commitment::id, "commitment", "id");
        for (int i = 0; i < promise.problems().size(); i++) {
            var activities = promise.problems().get(i).activities();
            for (int j = 0; j < activities.size(); j++) {
                organisations(source, "/problems/" + i + "/activities/" + j + "/actors", activities.get(j).actors());
            }
        }
        Set<String> problemIds = ids(promise.problems(), Promise.Problem::id);
        Set<String> sectionIds = ids(promise.sections(), Promise.Section::id);
        for (int i = 0; i < promise.commitments().size(); i++) {
            Promise.Commitment c = promise.commitments().get(i);
            String at = "/commitments/" + i;
            organisations(source, at + "/actors", c.actors());
            if (c.section() != null && !sectionIds.contains(c.section())) {
                error(source, at + "/section", Text.of("commitment.unknownSection", c.id(), c.section()),
                        Text.of("commitment.unknownSection.hint", sorted(sectionIds)));
            }
            references(source, at + "/problems", c.problems(), problemIds, Text.of("where.problems"));
        }
        if (promise.followUpPlan() != null) {
            organisations(source, "/followUpPlan/by", promise.followUpPlan().by());
        }
        people(source, "/signatories", promise.signatories());
        quotes(source, "/quotes", promise.quotes());
        sources(source, "/sources", promise.sources());
    }

    void checkFollowUp(JsonSource source, FollowUp followUp, Promise promise) {
        organisations(source, "/by", followUp.by());
        sources(source, "/sources", followUp.sources());
        Set<String> commitmentIds = promise == null ? Set.of() : ids(promise.commitments(), Promise.Commitment::id);
        Set<String> problemIds = promise == null ? Set.of() : ids(promise.problems(), Promise.Problem::id);
        onceEach(source, followUp.entries());
        for (int i = 0; i < followUp.entries().size(); i++) {
            String id = followUp.entries().get(i).commitment();
            if (promise != null && !commitmentIds.contains(id)) {
                error(source, "/entries/" + i + "/commitment", Text.of("followUp.unknownCommitment", id),
                        Text.of("followUp.unknownCommitment.hint", sorted(commitmentIds)));
            }
        }
        for (int i = 0; i < followUp.findings().size(); i++) {
            references(source, "/findings/" + i + "/problems", followUp.findings().get(i).problems(), problemIds,
                    Text.of("where.periodPromise"));
        }
    }

    void checkNews(JsonSource source, NewsItem news, Set<String> periodKeys) {
        organisations(source, "/publishers", news.publishers());
        quotes(source, "/quotes", news.quotes());
        sources(source, "/sources", news.sources());
        for (int i = 0; i < news.announces().size(); i++) {
            NewsItem.PeriodRef ref = news.announces().get(i);
            if (!periodKeys.contains(ref.area() + "/" + ref.period())) {
                error(source, "/announces/" + i, Text.of("news.unknownPeriod", ref.area() + "/" + ref.period()),
                        Text.of("news.unknownPeriod.hint"));
            }
        }
    }

    private void people(JsonSource source, String pointer, List<Person> people) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).organisation() != null) {
                organisation(source, pointer + "/" + i + "/organisation", people.get(i).organisation());
            }
        }
    }

    private void quotes(JsonSource source, String pointer, List<Quote> quotes) {
        for (int i = 0; i < quotes.size(); i++) {
            Person person = quotes.get(i).person();
            if (person.organisation() != null) {
                organisation(source, pointer + "/" + i + "/person/organisation", person.organisation());
            }
        }
    }

    private void sources(JsonSource source, String pointer, List<Source> sources) {
        unique(source, pointer, sources, Source::id, "source", "id");
        for (int i = 0; i < sources.size(); i++) {
            organisations(source, pointer + "/" + i + "/publishers", sources.get(i).publishers());
        }
    }

    private void organisations(JsonSource source, String pointer, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            organisation(source, pointer + "/" + i, ids.get(i));
        }
    }

    private void organisation(JsonSource source, String pointer, String id) {
        if (id != null && !organisationIds.contains(id)) {
            error(source, pointer, Text.of("reference.organisation", id), Text.of("reference.organisation.hint"));
        }
    }

    /** References to problems, which must exist in the given place. */
    private void references(JsonSource source, String pointer, List<String> ids, Set<String> known, Text where) {
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                error(source, pointer + "/" + i, Text.of("reference.problem", ids.get(i), where),
                        known.isEmpty() ? Text.of("reference.problem.none") : Text.of("reference.problem.hint", sorted(known)));
            }
        }
    }

    /** Ids must be unique; the error points at the repeated id's own line. */
    private <T> void unique(JsonSource source, String pointer, List<T> items, Function<T, String> id, String what,
                            String idField) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            Integer earlier = first.putIfAbsent(key, i);
            if (earlier != null) {
                int line = source.locate(pointer + "/" + earlier + "/" + idField).line();
                error(source, pointer + "/" + i + "/" + idField, Text.of("id.duplicate", Text.of("what." + what), key, line),
                        Text.of("id.duplicate.hint", Text.of("what." + what)));
            }
        }
    }

    /**
     * A commitment has one follow-up entry. Its key names a commitment of the promise rather than being an id of
     * its own, so a second entry is a copy to remove or merge with the first; a new id would name no commitment.
     */
    private void onceEach(JsonSource source, List<FollowUp.Entry> entries) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Integer earlier = first.putIfAbsent(entries.get(i).commitment(), i);
            if (earlier != null) {
                int line = source.locate("/entries/" + earlier).line();
                error(source, "/entries/" + i + "/commitment", Text.of("followUp.duplicateEntry", entries.get(i).commitment(), line),
                        Text.of("followUp.duplicateEntry.hint", line));
            }
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        items.forEach(i -> ids.add(id.apply(i)));
        return ids;
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }

    private void error(JsonSource source, String pointer, Text message, Text hint) {
        found.add(Diagnostic.error(source.path(), source.locate(pointer), pointer, message, hint));
    }
}
