package se.medborgarloften.render.view;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.PromisePeriod;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An area's page.
 *
 * @param latest      the area's latest period, or null when it has none
 * @param newestFirst the area's periods, the newest first, for its timeline
 */
public record AreaView(AreaHistory area, PromisePeriod latest, List<PromisePeriod> newestFirst) {

    public static AreaView of(AreaHistory area) {
        List<PromisePeriod> periods = new ArrayList<>(area.periods());
        Collections.reverse(periods);
        return new AreaView(area, area.latest().orElse(null), List.copyOf(periods));
    }
}
