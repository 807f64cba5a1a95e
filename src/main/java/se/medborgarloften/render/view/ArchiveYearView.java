package se.medborgarloften.render.view;

import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.ArchiveYear;
import se.medborgarloften.plan.Places;

import java.util.List;

/**
 * An archive year's page. A site of one municipality lists the year's periods under their areas; a site of
 * several counts them by county, each county opening its own page, so that the year's page does not grow with
 * the areas of the country.
 *
 * @param national  whether the site spans several municipalities (see {@link Places#national()})
 * @param counties  on a site of several municipalities, each county with its counts for the year; else empty
 * @param inForce   on a site of one municipality, the promises in force in the year under their areas; else empty
 * @param followUps on a site of one municipality, the follow-ups published in the year under their areas; else empty
 */
public record ArchiveYearView(ArchiveYear year, boolean national, List<CountyCount> counties, List<AreaGroup> inForce,
                              List<AreaGroup> followUps) {

    /** A county's promises in force and follow-ups published in the year. */
    public record CountyCount(Places.County county, int inForce, int followUps) {
    }

    /** @param content what the page may see: every area, of each only the periods the year lists */
    public static ArchiveYearView of(ArchiveYear year, SiteContent content) {
        Places places = Places.of(content);
        if (places.national()) {
            return new ArchiveYearView(year, true, places.counties().stream()
                    .map(county -> new CountyCount(county, county.own(year.promisesInForce()).size(),
                            county.own(year.followUpsPublished()).size()))
                    .toList(), List.of(), List.of());
        }
        return new ArchiveYearView(year, false, List.of(),
                AreaGroup.byArea(year.promisesInForce(), content.areas()),
                AreaGroup.byArea(year.followUpsPublished(), content.areas()));
    }
}
