package se.medborgarloften.plan;

import se.medborgarloften.model.FollowUp;
import se.medborgarloften.model.Person;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;

import java.util.List;

/**
 * What changed between two promise periods of one area, matched by stable ids: problems and commitments
 * added, dropped, kept and changed; actors and signatories that came and went; targets against outcomes.
 */
public record PeriodComparison(String areaId, PromisePeriod before, PromisePeriod after,
                               List<Change<Promise.Problem>> problems, List<Change<Promise.Commitment>> commitments,
                               Membership actors, Membership signatories, List<TargetRow> targets) {

    public enum Kind { ADDED, DROPPED, KEPT, CHANGED }

    /** One id in both periods, or in only one of them. */
    public record Change<T>(String id, Kind kind, T before, T after) {
        public boolean isKind(String name) {
            return kind.name().equalsIgnoreCase(name);
        }
    }

    /** Names (organisation ids or people's names) in the earlier period only, in both, in the later only. */
    public record Membership(List<String> dropped, List<String> kept, List<String> added) {
        public boolean changed() {
            return !dropped.isEmpty() || !added.isEmpty();
        }
    }

    /** A commitment with a target in either period: the targets and what the follow-ups report. */
    public record TargetRow(String id, Promise.Commitment before, Promise.Commitment after,
                            FollowUp.Entry outcomeBefore, FollowUp.Entry outcomeAfter) {
    }

    public String key() {
        return "compare/" + areaId + "/" + before.id() + "/" + after.id();
    }

    public List<Change<Promise.Problem>> problemsWith(String kind) {
        return problems.stream().filter(c -> c.isKind(kind)).toList();
    }

    public List<Change<Promise.Commitment>> commitmentsWith(String kind) {
        return commitments.stream().filter(c -> c.isKind(kind)).toList();
    }

    public static List<String> signatoryNames(PromisePeriod period) {
        return period.promise().signatories().stream().map(Person::name).toList();
    }
}
