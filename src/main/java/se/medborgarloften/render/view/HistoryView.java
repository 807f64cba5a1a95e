package se.medborgarloften.render.view;

import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.AreaHistoryTable;
import se.medborgarloften.plan.HistoryPage;
import se.medborgarloften.plan.OrganisationTree;

import java.time.LocalDate;

/**
 * An area's history page.
 *
 * @param table every period of the area side by side, worked out for this page alone: the plan names the page,
 *              the render stage works out what it shows
 */
public record HistoryView(AreaHistoryTable table) {

    public static HistoryView of(HistoryPage page, SiteContent content, LocalDate asOf) {
        return new HistoryView(AreaHistoryTable.of(page.area(), content.site().defaultLanguage(),
                new OrganisationTree(content.organisationsById()), asOf));
    }
}
