package se.medborgarloften.render.view;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.Places;

import java.util.List;

/**
 * The list of areas. A site of several municipalities lists its municipalities by county, each opening its own
 * page of areas, so that the page grows with the municipalities, not the areas; a site of one lists its areas.
 *
 * @param places the site's counties and municipalities
 * @param areas  every area, in the site's order
 */
public record AreasView(Places places, List<AreaHistory> areas) {

    public static AreasView of(SiteContent content) {
        return new AreasView(Places.of(content), content.areas());
    }

    /** Whether the site spans several municipalities (see {@link Places#national()}). */
    public boolean national() {
        return places.national();
    }

    /** Whether the site lists its counties before them: only when municipalities name more than one county. */
    public boolean listsCounties() {
        return places.hasCounties() && places.counties().size() > 1;
    }
}
