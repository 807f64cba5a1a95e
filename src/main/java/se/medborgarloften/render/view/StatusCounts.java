package se.medborgarloften.render.view;

import se.medborgarloften.model.CommitmentState;
import se.medborgarloften.model.FollowUpState;
import se.medborgarloften.model.PromisePeriod;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A period's commitments counted by follow-up status, and by what stands in for one where there is none. Here
 * rather than beside the chart that draws them because the overviews' views sum them too, and this package may
 * not read the render stage's helpers.
 */
public final class StatusCounts {

    public static final List<String> STATUSES = List.of("done", "partly-done", "not-done", "ongoing", "not-followed-up");
    /** What stands in for a status (see {@link CommitmentState#key()}), in the order the overview shows it. */
    public static final List<String> WITHOUT_STATUS = List.of(CommitmentState.NOT_REPORTED, FollowUpState.NOT_STARTED,
            FollowUpState.RUNNING, FollowUpState.NOT_PUBLISHED);

    private StatusCounts() {
    }

    /** Every status and every state without one, in that order, each with how many commitments are in it. */
    public static Map<String, Integer> of(PromisePeriod period, LocalDate asOf) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATUSES.forEach(status -> counts.put(status, 0));
        WITHOUT_STATUS.forEach(state -> counts.put(state, 0));
        period.promise().commitments().forEach(c -> counts.merge(period.statusOf(c.id(), asOf).key(), 1, Integer::sum));
        return counts;
    }
}
