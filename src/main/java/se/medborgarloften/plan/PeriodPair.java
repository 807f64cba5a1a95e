package se.medborgarloften.plan;

import se.medborgarloften.model.PromisePeriod;

import java.util.ArrayList;
import java.util.List;

/**
 * A period and the one before it in its area: what a promise page's "changes since the previous period" shows.
 * What changed between them ({@link PeriodComparison}) is worked out when the page is rendered, not when the
 * site is planned, so a build that keeps an area's pages compares none of them. Only consecutive periods
 * are compared: the area's history page lines every period up side by side, so the site grows with the
 * number of periods rather than with the number of their pairs.
 */
public record PeriodPair(String areaId, PromisePeriod before, PromisePeriod after) {

    /** Each period with the one right before it, in their order. */
    public static List<PeriodPair> consecutiveOf(String areaId, List<PromisePeriod> periods) {
        List<PeriodPair> pairs = new ArrayList<>();
        for (int i = 1; i < periods.size(); i++) {
            pairs.add(new PeriodPair(areaId, periods.get(i - 1), periods.get(i)));
        }
        return pairs;
    }

    public String key() {
        return "compare/" + areaId + "/" + before.id() + "/" + after.id();
    }
}
