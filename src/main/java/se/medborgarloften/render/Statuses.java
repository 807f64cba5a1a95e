package se.medborgarloften.render;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.CommitmentState;
import se.medborgarloften.model.FollowUpState;
import se.medborgarloften.model.PromisePeriod;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the archive holds of follow-ups on the build's reference date, which templates read as {@code statuses}: a
 * commitment's status or what stands in for one, a period's follow-up state, the counts of them.
 */
public final class Statuses {

    private final LocalDate asOf;

    Statuses(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** The five statuses a published follow-up gives. */
    public List<String> getAll() {
        return StatusChart.STATUSES;
    }

    /** Every state a commitment may be in without a status, for the overview's legend. */
    public List<String> getAllWithout() {
        return StatusChart.WITHOUT_STATUS;
    }

    /** The message key that names a status or what stands in for one: status.… or commitmentState.… */
    public String messageKey(String key) {
        return (StatusChart.STATUSES.contains(key) ? "status." : "commitmentState.") + key;
    }

    /** What stands in for a status in some period of the area (not-reported, period-running …), counted apart. */
    public List<String> without(AreaHistory area) {
        return StatusChart.withoutStatus(area.periods(), asOf);
    }

    /**
     * A commitment's follow-up: the status its published follow-up gives, or what the archive holds instead (see
     * {@link CommitmentState}).
     */
    public CommitmentState of(PromisePeriod period, String commitmentId) {
        return period.statusOf(commitmentId, asOf);
    }

    /** What the archive holds of a period's follow-up. */
    public FollowUpState followUp(PromisePeriod period) {
        return period.followUpState(asOf);
    }

    /** A period's commitments by status, and by what stands in for one, each key once. */
    public Map<String, Integer> counts(PromisePeriod period) {
        return StatusChart.counts(period, asOf);
    }
}
