package se.medborgarloften.plan;

import se.medborgarloften.model.FollowUp;
import se.medborgarloften.model.Person;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;

import java.util.List;

/**
 * What changed between two promise periods of one area, matched by stable ids: problems and commitments
 * added, dropped, kept and changed; actors and signatories that came and went, compared through the
 * organisation tree; targets against outcomes. A part that one side's sources do not cover (a period whose
 * sources list no commitments, or name no signatory) is not comparable: its {@link #gap} says which side,
 * and a page says that once instead of listing everything of the other side as added or dropped.
 */
public record PeriodComparison(String areaId, PromisePeriod before, PromisePeriod after,
                               List<Change<Promise.Problem>> problems, List<Change<Promise.Commitment>> commitments,
                               Membership actors, Membership signatories, List<TargetRow> targets) {

    public enum Kind { ADDED, DROPPED, KEPT, CHANGED }

    /** The parts a comparison has, each of which one side's sources may not cover. */
    public static final List<String> PARTS = List.of("problems", "commitments", "targets", "actors", "signatories");

    /** One id in both periods, or in only one of them. */
    public record Change<T>(String id, Kind kind, T before, T after) {
        public boolean isKind(String name) {
            return kind.name().equalsIgnoreCase(name);
        }
    }

    /**
     * Organisations (or, for a signatory without one, "person:" and the name) in the earlier period only, in
     * both, in the later only; and those named in one period whose place in the other is taken by an
     * organisation above or below them in the tree ({@link Related}), which are neither dropped nor added.
     */
    public record Membership(List<String> dropped, List<String> kept, List<String> added, List<Related> related) {
        public Membership {
            dropped = List.copyOf(dropped);
            kept = List.copyOf(kept);
            added = List.copyOf(added);
            related = List.copyOf(related);
        }

        public boolean changed() {
            return !dropped.isEmpty() || !added.isEmpty() || !related.isEmpty();
        }
    }

    /**
     * Named in the earlier period and not in the later, where the later names organisations above or below it.
     *
     * @param units whether those of the later period are units of the earlier one (the Police, and the later
     *              promise names their local police area) rather than what it belongs to
     */
    public record Related(String before, List<String> after, boolean units) {
        public Related {
            after = List.copyOf(after);
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

    /** The targets of the commitments both periods have, whether or not they changed. */
    public List<TargetRow> targetsInBoth() {
        return targets.stream().filter(row -> row.before() != null && row.after() != null).toList();
    }

    /** Changed targets only: a target set, removed or changed on a commitment of both periods. */
    public List<TargetRow> changedTargets() {
        return targets.stream().filter(row -> row.before() != null && row.after() != null
                && !java.util.Objects.equals(row.before().target(), row.after().target())).toList();
    }

    /**
     * Which side's sources do not cover a part of the comparison: "" when both do, "before", "after" or "both".
     * Targets are covered by a period that sets at least one; a period without commitments sets none, and its
     * page says so with the commitments rather than a second time.
     */
    public String gap(String part) {
        boolean a = covers(before, part);
        boolean b = covers(after, part);
        return a && b ? "" : !a && !b ? "both" : !a ? "before" : "after";
    }

    public boolean comparable(String part) {
        return gap(part).isEmpty();
    }

    /** Whether a period's sources list anything of a part at all (see {@link #PARTS}). */
    public static boolean covers(PromisePeriod period, String part) {
        Promise promise = period.promise();
        return switch (part) {
            case "problems" -> !promise.problems().isEmpty();
            case "commitments" -> !promise.commitments().isEmpty();
            case "targets" -> promise.commitments().stream().anyMatch(c -> c.target() != null);
            case "actors" -> !PeriodComparer.actors(period).isEmpty();
            case "signatories" -> !promise.signatories().isEmpty();
            default -> throw new IllegalArgumentException("No part " + part + " of a comparison; one of " + PARTS);
        };
    }

    /** Who signed, as the organisation each signed for, or "person:" and the name of one who names none. */
    public static List<String> signatoryKeys(PromisePeriod period) {
        return period.promise().signatories().stream().map(PeriodComparison::signatoryKey).distinct().toList();
    }

    public static String signatoryKey(Person person) {
        return person.organisation() != null ? person.organisation() : "person:" + person.name();
    }
}
