package se.medborgarloften.render.view;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.plan.Places;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A municipality's overview on a site of several municipalities: a row per area, for the period that says most
 * of it (see {@link #shown(AreaHistory, LocalDate)}).
 *
 * @param areas the municipality's areas that have a period, each with the period its row shows
 */
public record MunicipalityOverviewView(Places.Municipality municipality, List<AreaPeriod> areas) {

    public static MunicipalityOverviewView of(Places.Municipality municipality, LocalDate asOf) {
        List<AreaPeriod> rows = new ArrayList<>();
        for (AreaHistory area : municipality.areas()) {
            PromisePeriod shown = shown(area, asOf);
            if (shown != null) {
                rows.add(new AreaPeriod(area, shown));
            }
        }
        return new MunicipalityOverviewView(municipality, List.copyOf(rows));
    }

    /**
     * The area's newest period with a follow-up published by this day, or else its latest; null when it has none:
     * a follow-up is what the overview counts, and a newer promise without one would show only dashes.
     */
    static PromisePeriod shown(AreaHistory area, LocalDate asOf) {
        List<PromisePeriod> periods = area.periods();
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (periods.get(i).followUpState(asOf).published()) {
                return periods.get(i);
            }
        }
        return area.latest().orElse(null);
    }
}
