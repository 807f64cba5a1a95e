package se.medborgarloften.render.view;

import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.CountyYear;
import se.medborgarloften.plan.Places;

import java.util.List;

/**
 * An archive year's page for one county of a site of several municipalities: the year's periods under their
 * municipality and area, in the order of the county's municipalities and of their areas.
 *
 * @param inForce   the municipalities with a promise in force in the year, each with those promises by area
 * @param followUps the municipalities with a follow-up published in the year, each with those follow-ups by area
 */
public record CountyYearView(CountyYear countyYear, List<MunicipalityGroups> inForce,
                             List<MunicipalityGroups> followUps) {

    /** A municipality and some of its areas' periods, by area. */
    public record MunicipalityGroups(Places.Municipality municipality, List<AreaGroup> areas) {
    }

    /** @param content what the page may see: every area, of each only the periods the year lists */
    public static CountyYearView of(CountyYear countyYear, SiteContent content) {
        return new CountyYearView(countyYear, groups(countyYear, countyYear.promisesInForce(), content),
                groups(countyYear, countyYear.followUpsPublished(), content));
    }

    private static List<MunicipalityGroups> groups(CountyYear countyYear, List<PromisePeriod> periods, SiteContent content) {
        return countyYear.county().municipalities().stream()
                .map(m -> new MunicipalityGroups(m, AreaGroup.byArea(m.own(periods), content.areas())))
                .filter(m -> !m.areas().isEmpty())
                .toList();
    }
}
