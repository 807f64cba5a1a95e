package se.medborgarloften.plan;

import se.medborgarloften.model.PromisePeriod;

import java.util.ArrayList;
import java.util.List;

/**
 * Two periods of one area, the earlier first: what a comparison page is about. What changed between them
 * ({@link PeriodComparison}) is worked out when the page is rendered, not when the site is planned: an area
 * with ten periods has 45 pairs, and a build that keeps an area's pages need not compare any of them.
 */
public record PeriodPair(String areaId, PromisePeriod before, PromisePeriod after) {

    /** Every pair of these periods of one area, in their order, earlier first. */
    public static List<PeriodPair> allOf(String areaId, List<PromisePeriod> periods) {
        List<PeriodPair> pairs = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            for (int j = i + 1; j < periods.size(); j++) {
                pairs.add(new PeriodPair(areaId, periods.get(i), periods.get(j)));
            }
        }
        return pairs;
    }

    public String key() {
        return "compare/" + areaId + "/" + before.id() + "/" + after.id();
    }
}
