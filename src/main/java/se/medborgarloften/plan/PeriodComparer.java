package se.medborgarloften.plan;

import se.medborgarloften.model.FollowUp;
import se.medborgarloften.model.LocalizedText;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Compares two periods of an area by the stable ids of their problems and commitments. */
public final class PeriodComparer {

    private final String defaultLanguage;
    private final OrganisationTree organisations;

    public PeriodComparer(String defaultLanguage, OrganisationTree organisations) {
        this.defaultLanguage = defaultLanguage;
        this.organisations = organisations;
    }

    public PeriodComparison compare(PromisePeriod before, PromisePeriod after) {
        Promise a = before.promise();
        Promise b = after.promise();
        var problems = changes(a.problems(), b.problems(), Promise.Problem::id,
                (x, y) -> sameText(x.title(), y.title()));
        var commitments = changes(a.commitments(), b.commitments(), Promise.Commitment::id,
                (x, y) -> sameText(x.text(), y.text()) && Objects.equals(x.target(), y.target())
                        && x.actors().equals(y.actors()));
        List<PeriodComparison.TargetRow> targets = new ArrayList<>();
        for (var change : commitments) {
            Promise.Commitment x = change.before();
            Promise.Commitment y = change.after();
            if ((x != null && x.target() != null) || (y != null && y.target() != null)) {
                targets.add(new PeriodComparison.TargetRow(change.id(), x, y,
                        x == null ? null : entry(before, x.id()), y == null ? null : entry(after, y.id())));
            }
        }
        return new PeriodComparison(before.areaId(), before, after, problems, commitments,
                membership(actors(before), actors(after)),
                membership(PeriodComparison.signatoryKeys(before), PeriodComparison.signatoryKeys(after)),
                targets);
    }

    public PeriodComparison compare(PeriodPair pair) {
        return compare(pair.before(), pair.after());
    }

    private boolean sameText(LocalizedText x, LocalizedText y) {
        return WordDiff.same(x.in(defaultLanguage), y.in(defaultLanguage));
    }

    private static FollowUp.Entry entry(PromisePeriod period, String commitmentId) {
        return period.hasFollowUp() ? period.followUp().entryFor(commitmentId).orElse(null) : null;
    }

    /**
     * Everyone the promise's sources name as taking part: parties, partners and the actors of commitments and
     * activities. Parties that the editors inferred (an editors' note on them) are not counted as named: comparing
     * them would state as a change what no source says.
     */
    static List<String> actors(PromisePeriod period) {
        Promise p = period.promise();
        Set<String> actors = new LinkedHashSet<>();
        if (p.editorsNoteAbout("parties") == null) {
            actors.addAll(p.parties());
        }
        // Partners are named even where the list is the editors' compilation of the organisations the commitments'
        // texts name: leaving them out would call organisations the source names "not named".
        actors.addAll(p.partners());
        p.commitments().forEach(c -> actors.addAll(c.actors()));
        p.problems().forEach(problem -> problem.activities().forEach(a -> actors.addAll(a.actors())));
        return List.copyOf(actors);
    }

    /**
     * Who is named in either period, compared through the organisation tree: one named in the earlier period
     * whose unit, or whose parent, the later period names is not "not named in the later promise" (the
     * Police, when their local police area signed), and the organisation that takes its place is not "new".
     */
    private PeriodComparison.Membership membership(List<String> before, List<String> after) {
        List<String> dropped = new ArrayList<>();
        List<PeriodComparison.Related> related = new ArrayList<>();
        Set<String> matched = new LinkedHashSet<>();
        for (String x : before) {
            if (after.contains(x)) {
                continue;
            }
            List<String> relatives = organisations.relatives(x, after.stream().filter(y -> !before.contains(y)).toList());
            if (relatives.isEmpty()) {
                relatives = organisations.relatives(x, after);
            }
            if (relatives.isEmpty()) {
                dropped.add(x);
            } else {
                related.add(new PeriodComparison.Related(x, relatives, organisations.isUnitOf(relatives.get(0), x)));
                matched.addAll(relatives);
            }
        }
        List<String> kept = before.stream().filter(after::contains).toList();
        List<String> added = after.stream().filter(y -> !before.contains(y) && !matched.contains(y)).toList();
        return new PeriodComparison.Membership(dropped, kept, added, related);
    }

    private static <T> List<PeriodComparison.Change<T>> changes(List<T> before, List<T> after, Function<T, String> id,
                                                                java.util.function.BiPredicate<T, T> same) {
        Map<String, T> earlier = new LinkedHashMap<>();
        before.forEach(x -> earlier.put(id.apply(x), x));
        Map<String, T> later = new LinkedHashMap<>();
        after.forEach(x -> later.put(id.apply(x), x));
        List<PeriodComparison.Change<T>> changes = new ArrayList<>();
        for (T x : after) {
            T old = earlier.get(id.apply(x));
            PeriodComparison.Kind kind = old == null ? PeriodComparison.Kind.ADDED
                    : same.test(old, x) ? PeriodComparison.Kind.KEPT : PeriodComparison.Kind.CHANGED;
            changes.add(new PeriodComparison.Change<>(id.apply(x), kind, old, x));
        }
        for (T x : before) {
            if (!later.containsKey(id.apply(x))) {
                changes.add(new PeriodComparison.Change<>(id.apply(x), PeriodComparison.Kind.DROPPED, x, null));
            }
        }
        return changes;
    }
}
