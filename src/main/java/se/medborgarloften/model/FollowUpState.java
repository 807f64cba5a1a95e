package se.medborgarloften.model;

import java.time.LocalDate;

/**
 * What this archive can say of a period's follow-up on a given day: a fact about the archive, never about the
 * world. Before the period ends its follow-up cannot be due; once it has ended, either a follow-up is published
 * here or none is, which says nothing of whether one was made. The day is the build's reference date (an input
 * of the build, never the clock), so the same input gives the same pages.
 *
 * @param key     {@link #NOT_STARTED}, {@link #RUNNING}, {@link #NOT_PUBLISHED} or {@link #PUBLISHED}: the value in
 *                the downloads, and the name of the words and colours the pages use for it
 * @param asOf    the day this state is of
 * @param planned when the source plans the follow-up ({@code followUpPlan.when}), or null when it names no time
 */
public record FollowUpState(String key, PartialDate asOf, PartialDate planned) {

    public static final String NOT_STARTED = "period-not-started";
    public static final String RUNNING = "period-running";
    public static final String NOT_PUBLISHED = "no-follow-up-published";
    public static final String PUBLISHED = "follow-up-published";

    public static FollowUpState of(PromisePeriod period, LocalDate asOf) {
        Promise.FollowUpPlan plan = period.promise().followUpPlan();
        PartialDate planned = plan == null ? null : plan.when();
        DateRange dates = period.promise().period();
        String key;
        if (period.hasFollowUp()) {
            // Published here, whatever the day: the archive holds it.
            key = PUBLISHED;
        } else if (asOf.isBefore(dates.start().firstDay())) {
            key = NOT_STARTED;
        } else if (!asOf.isAfter(dates.end().lastDay())) {
            key = RUNNING;
        } else {
            key = NOT_PUBLISHED;
        }
        return new FollowUpState(key, PartialDate.parse(asOf.toString()), planned);
    }

    public boolean published() {
        return PUBLISHED.equals(key);
    }
}
