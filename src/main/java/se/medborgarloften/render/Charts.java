package se.medborgarloften.render;

import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.plan.RecurringCommitment;

/** The pages' charts (inline SVG), which templates read as {@code charts}. */
public final class Charts {

    private final I18n i18n;
    private final Dates dates;
    private final Statuses statuses;

    Charts(I18n i18n, Dates dates, Statuses statuses) {
        this.i18n = i18n;
        this.dates = dates;
        this.statuses = statuses;
    }

    /** A period's commitments by status, as one bar. */
    public String status(PromisePeriod period) {
        return StatusChart.svg(statuses.counts(period), i18n);
    }

    /**
     * A recurring commitment's targets and outcomes period by period, or nothing when no period has them in numbers.
     *
     * @param headingId the heading that names the commitment, which names the chart too
     */
    public String target(RecurringCommitment commitment, String headingId) {
        return TargetChart.hasValues(commitment) ? TargetChart.svg(commitment, headingId, i18n, dates, statuses) : "";
    }
}
