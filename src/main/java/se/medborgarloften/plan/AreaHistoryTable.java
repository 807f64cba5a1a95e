package se.medborgarloften.plan;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.CommitmentState;
import se.medborgarloften.model.FollowUp;
import se.medborgarloften.model.LocalizedText;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An area's history as one table: a row per problem, per commitment (matched by their stable ids across
 * periods) and per organisation taking part, a column per period, so that any two years can be read side by
 * side. A cell says whether the item is there, worded as where it last appeared or reworded, or not there;
 * and, when the period's sources list no such items at all, that they do not cover it, which is not the
 * same as "not there" (Rosengård 2023's annex lists problems and actors but no commitments).
 */
public record AreaHistoryTable(AreaHistory area, List<Column> columns, List<Row> problems, List<Row> commitments,
                               List<ActorRow> actors, List<RecurringCommitment> recurring) {

    /** What a cell says of an item in one period. */
    public enum State {
        /** The first period that has it. */
        FIRST,
        /** Worded as in the last period before that had it. */
        SAME,
        /** Worded otherwise than in the last period before that had it. */
        REWORDED,
        /** The period lists items of this kind, but not this one. */
        ABSENT,
        /** The period's sources list no items of this kind at all: nothing can be said. */
        NOT_COVERED;

        /** The state's name in templates and message keys: "first", "not-covered" … */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public boolean present() {
            return this == FIRST || this == SAME || this == REWORDED;
        }
    }

    /** A period, and which kinds of item its sources list. */
    public record Column(PromisePeriod period, boolean listsProblems, boolean listsCommitments, boolean namesActors) {
    }

    /**
     * A problem or commitment over the periods.
     *
     * @param label its wording in the latest period that has it
     */
    public record Row(String id, LocalizedText label, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /**
         * The row's cells, neighbouring periods that have no such item (or whose sources list none) merged into
         * one cell across their columns: an item replaced early in a long history is otherwise said to be absent
         * once for every later period, which made a history of fifteen periods heavier than the pages' budget.
         */
        public List<Run> runs() {
            List<Run> runs = new ArrayList<>();
            for (Cell cell : cells) {
                Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && !cell.present() && last.cell().state() == cell.state()) {
                    runs.set(runs.size() - 1, new Run(last.cell(), last.span() + 1));
                } else {
                    runs.add(new Run(cell, 1));
                }
            }
            return runs;
        }
    }

    /** A cell of a row and the number of periods' columns it spans. */
    public record Run(Cell cell, int span) {
    }

    /**
     * One item in one period. For a commitment: its target (and whether it differs from where it last
     * appeared), the follow-up entry and what the archive holds of its follow-up on the build's reference date.
     */
    public record Cell(PromisePeriod period, State state, Promise.Target target, boolean targetChanged,
                       FollowUp.Entry entry, CommitmentState status) {
        public String code() {
            return state.code();
        }

        public boolean present() {
            return state.present();
        }
    }

    /** An organisation over the periods. */
    public record ActorRow(String id, List<ActorCell> cells) {
        public ActorRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * Whether a period names an organisation ("named"), or not itself but organisations above or below it in
     * the tree ("through", with those), or neither ("absent"); "not-covered" when it names no one at all. And
     * whether it is named at the end of the promise, itself ({@code signed}) or through units of it
     * ({@code signedThrough}): as having signed only where the source says the promise was signed
     * ({@code signing}), otherwise as names under the promise.
     */
    public record ActorCell(PromisePeriod period, String state, List<String> through, boolean signed,
                            List<String> signedThrough, boolean signing) {
        public ActorCell {
            through = List.copyOf(through);
            signedThrough = List.copyOf(signedThrough);
        }
    }

    /** @param asOf the day the build describes the archive's follow-ups as of */
    public static AreaHistoryTable of(AreaHistory area, String defaultLanguage, OrganisationTree organisations,
                                      LocalDate asOf) {
        List<PromisePeriod> periods = area.periods();
        List<Column> columns = new ArrayList<>();
        for (PromisePeriod period : periods) {
            columns.add(new Column(period, PeriodComparison.covers(period, "problems"),
                    PeriodComparison.covers(period, "commitments"), PeriodComparison.covers(period, "actors")));
        }
        // Each period's items by id, found in a map rather than by scanning its lists once per row.
        List<Map<String, Promise.Problem>> problemsByPeriod = new ArrayList<>();
        List<Map<String, Promise.Commitment>> commitmentsByPeriod = new ArrayList<>();
        Set<String> problemIds = new LinkedHashSet<>();
        Set<String> commitmentIds = new LinkedHashSet<>();
        for (PromisePeriod period : periods) {
            Map<String, Promise.Problem> problems = new LinkedHashMap<>();
            period.promise().problems().forEach(problem -> problems.put(problem.id(), problem));
            problemsByPeriod.add(problems);
            problemIds.addAll(problems.keySet());
            Map<String, Promise.Commitment> commitments = new LinkedHashMap<>();
            period.promise().commitments().forEach(commitment -> commitments.put(commitment.id(), commitment));
            commitmentsByPeriod.add(commitments);
            commitmentIds.addAll(commitments.keySet());
        }
        List<Row> problems = new ArrayList<>();
        for (String id : problemIds) {
            problems.add(row(id, periods, i -> problemsByPeriod.get(i).get(id),
                    "problems", Promise.Problem::title, defaultLanguage, null, asOf));
        }
        List<Row> commitments = new ArrayList<>();
        for (String id : commitmentIds) {
            commitments.add(row(id, periods, i -> commitmentsByPeriod.get(i).get(id),
                    "commitments", Promise.Commitment::text, defaultLanguage, id, asOf));
        }
        return new AreaHistoryTable(area, columns, problems, commitments, actors(periods, organisations),
                RecurringCommitment.of(periods));
    }

    /**
     * The follow-up status of a commitment in a period: the one place the history asks for it, so that a
     * change of the follow-up model changes this method only.
     */
    public static CommitmentState followUpStatus(PromisePeriod period, String commitmentId, LocalDate asOf) {
        return period.statusOf(commitmentId, asOf);
    }

    /** A row: {@code find} gives the item in the period of that index, or null. */
    private static <T> Row row(String id, List<PromisePeriod> periods, java.util.function.IntFunction<T> find,
                               String part, java.util.function.Function<T, LocalizedText> wording,
                               String defaultLanguage, String commitmentId, LocalDate asOf) {
        List<Cell> cells = new ArrayList<>();
        T last = null;
        LocalizedText label = null;
        for (int i = 0; i < periods.size(); i++) {
            PromisePeriod period = periods.get(i);
            T item = find.apply(i);
            State state;
            Promise.Target target = null;
            boolean targetChanged = false;
            FollowUp.Entry entry = null;
            CommitmentState status = null;
            if (item == null) {
                state = PeriodComparison.covers(period, part) ? State.ABSENT : State.NOT_COVERED;
            } else {
                state = last == null ? State.FIRST
                        : WordDiff.same(wording.apply(last).in(defaultLanguage), wording.apply(item).in(defaultLanguage))
                        ? State.SAME : State.REWORDED;
                if (item instanceof Promise.Commitment commitment) {
                    target = commitment.target();
                    targetChanged = last != null && !Objects.equals(((Promise.Commitment) last).target(), target);
                    entry = period.hasFollowUp() ? period.followUp().entryFor(commitmentId).orElse(null) : null;
                    status = followUpStatus(period, commitmentId, asOf);
                }
                last = item;
                label = wording.apply(item);
            }
            cells.add(new Cell(period, state, target, targetChanged, entry, status));
        }
        return new Row(id, label, cells);
    }

    /** Every organisation any period names as taking part or as signing, in order of first appearance. */
    private static List<ActorRow> actors(List<PromisePeriod> periods, OrganisationTree organisations) {
        Set<String> all = new LinkedHashSet<>();
        List<List<String>> named = new ArrayList<>();
        List<Set<String>> signed = new ArrayList<>();
        for (PromisePeriod period : periods) {
            Set<String> signers = new LinkedHashSet<>();
            period.promise().signatories().forEach(person -> {
                if (person.organisation() != null) {
                    signers.add(person.organisation());
                }
            });
            Set<String> names = new LinkedHashSet<>(PeriodComparer.actors(period));
            names.addAll(signers);
            named.add(List.copyOf(names));
            signed.add(signers);
            all.addAll(names);
        }
        List<ActorRow> rows = new ArrayList<>();
        for (String id : all) {
            List<ActorCell> cells = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                List<String> names = named.get(i);
                String state;
                List<String> through = List.of();
                if (names.isEmpty()) {
                    state = "not-covered";
                } else if (names.contains(id)) {
                    state = "named";
                } else {
                    through = organisations.relatives(id, names);
                    state = through.isEmpty() ? "absent" : "through";
                }
                List<String> signedThrough = signed.get(i).stream().filter(unit -> organisations.isUnitOf(unit, id)).toList();
                Promise.Signing signing = periods.get(i).promise().signing();
                cells.add(new ActorCell(periods.get(i), state, through, signed.get(i).contains(id), signedThrough,
                        signing != null && "signed".equals(signing.status())));
            }
            rows.add(new ActorRow(id, cells));
        }
        return rows;
    }

    /** Whether some period's sources list no commitments, so that whether a commitment recurred through it is unknown. */
    public List<PromisePeriod> periodsWithoutCommitments() {
        return columns.stream().filter(c -> !c.listsCommitments()).map(Column::period).toList();
    }

    /** The columns of the periods whose sources list no problems: the problems' table cannot say what they had. */
    public List<Column> columnsWithoutProblems() {
        return columns.stream().filter(c -> !c.listsProblems()).toList();
    }

    /** The columns of the periods whose sources list no commitments. */
    public List<Column> columnsWithoutCommitments() {
        return columns.stream().filter(c -> !c.listsCommitments()).toList();
    }
}
