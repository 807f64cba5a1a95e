package se.medborgarloften.model;

/**
 * A commitment's follow-up as the site may show it: the status a published follow-up gives it (done,
 * partly-done, not-done, ongoing, not-followed-up), or, without one, what the archive holds instead: a
 * published follow-up with no entry for it ({@link #NOT_REPORTED}), or its period's {@link FollowUpState}. A
 * commitment never has a status that no published follow-up gives it.
 *
 * @param status the published follow-up's status of the commitment, or null
 * @param period the follow-up state of the commitment's period
 */
public record CommitmentState(String status, FollowUpState period) {

    public static final String NOT_REPORTED = "not-reported";

    public boolean hasStatus() {
        return status != null;
    }

    /** The status, or else what stands in for it: not-reported, or the period's state (period-running …). */
    public String key() {
        if (status != null) {
            return status;
        }
        return period.published() ? NOT_REPORTED : period.key();
    }

    /** The UI message that names it: status.KEY for a status, commitmentState.KEY for what is not one. */
    public String messageKey() {
        return (status != null ? "status." : "commitmentState.") + key();
    }
}
