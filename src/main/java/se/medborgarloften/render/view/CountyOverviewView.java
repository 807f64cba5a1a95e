package se.medborgarloften.render.view;

import se.medborgarloften.plan.Places;

import java.time.LocalDate;
import java.util.List;

/**
 * A county's overview on a site of several municipalities: its municipalities, each with its sums.
 */
public record CountyOverviewView(Places.County county, List<PlaceTotals<Places.Municipality>> municipalities) {

    public static CountyOverviewView of(Places.County county, LocalDate asOf) {
        return new CountyOverviewView(county, county.municipalities().stream()
                .map(m -> new PlaceTotals<>(m, Totals.of(m.areas(), asOf))).toList());
    }
}
