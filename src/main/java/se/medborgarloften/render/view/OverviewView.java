package se.medborgarloften.render.view;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.Places;

import java.time.LocalDate;
import java.util.List;

/**
 * The overview of the whole site. A site of several municipalities is summed by county, each county opening its
 * own overview, so that the page does not grow with the areas of the country; a site of one shows each area's
 * periods.
 *
 * @param counties on a site of several municipalities, each county with its sums; else empty
 * @param areas    on a site of one municipality, each area with its periods, the newest first; else empty
 */
public record OverviewView(boolean national, List<PlaceTotals<Places.County>> counties, List<AreaView> areas) {

    public static OverviewView of(SiteContent content, LocalDate asOf) {
        Places places = Places.of(content);
        if (places.national()) {
            return new OverviewView(true, places.counties().stream()
                    .map(county -> new PlaceTotals<>(county, Totals.of(areasOf(county), asOf))).toList(), List.of());
        }
        return new OverviewView(false, List.of(), content.areas().stream().map(AreaView::of).toList());
    }

    /** The areas of a county, municipality by municipality. */
    static List<AreaHistory> areasOf(Places.County county) {
        return county.municipalities().stream().flatMap(m -> m.areas().stream()).toList();
    }
}
