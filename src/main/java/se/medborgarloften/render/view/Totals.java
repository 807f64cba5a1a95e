package se.medborgarloften.render.view;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.PromisePeriod;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums over some areas, for the overview of a county or the country.
 *
 * @param followUps the periods with a follow-up published here by the day the site describes
 * @param statuses  per status, the commitments a published follow-up gives it ({@link StatusCounts#STATUSES})
 */
public record Totals(int areas, int periods, int followUps, Map<String, Integer> statuses) {

    public Totals {
        statuses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
    }

    public static Totals of(List<AreaHistory> areas, LocalDate asOf) {
        int periods = 0;
        int followUps = 0;
        Map<String, Integer> statuses = new LinkedHashMap<>();
        StatusCounts.STATUSES.forEach(status -> statuses.put(status, 0));
        for (AreaHistory area : areas) {
            for (PromisePeriod period : area.periods()) {
                periods++;
                if (period.followUpState(asOf).published()) {
                    followUps++;
                    Map<String, Integer> counts = StatusCounts.of(period, asOf);
                    StatusCounts.STATUSES.forEach(status -> statuses.merge(status, counts.get(status), Integer::sum));
                }
            }
        }
        return new Totals(areas.size(), periods, followUps, statuses);
    }
}
