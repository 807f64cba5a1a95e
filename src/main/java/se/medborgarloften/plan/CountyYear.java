package se.medborgarloften.plan;

import se.medborgarloften.model.PromisePeriod;

import java.util.List;

/** What an archive year shows for one county of a site of several municipalities (see {@link Places}). */
public record CountyYear(ArchiveYear year, Places.County county, List<PromisePeriod> promisesInForce,
                         List<PromisePeriod> followUpsPublished) {

    public CountyYear {
        promisesInForce = List.copyOf(promisesInForce);
        followUpsPublished = List.copyOf(followUpsPublished);
    }

    public static CountyYear of(ArchiveYear year, Places.County county) {
        return new CountyYear(year, county, county.own(year.promisesInForce()), county.own(year.followUpsPublished()));
    }
}
