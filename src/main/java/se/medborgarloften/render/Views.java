package se.medborgarloften.render;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.NewsArticle;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.ArchiveYear;
import se.medborgarloften.plan.CountyYear;
import se.medborgarloften.plan.HistoryPage;
import se.medborgarloften.plan.Places;
import se.medborgarloften.plan.PlannedPage;
import se.medborgarloften.render.view.ArchiveYearView;
import se.medborgarloften.render.view.AreaView;
import se.medborgarloften.render.view.AreasView;
import se.medborgarloften.render.view.CountyOverviewView;
import se.medborgarloften.render.view.CountyYearView;
import se.medborgarloften.render.view.HistoryView;
import se.medborgarloften.render.view.HomeView;
import se.medborgarloften.render.view.MunicipalityOverviewView;
import se.medborgarloften.render.view.NewsView;
import se.medborgarloften.render.view.OverviewView;
import se.medborgarloften.render.view.PromiseView;

import java.util.List;

/** Each page kind's view model (see {@link se.medborgarloften.render.view}), made before its page renders. */
final class Views {

    private Views() {
    }

    /**
     * @param content what the page may see: for a page of one area, that area alone, so that its view cannot show
     *                another area either
     * @return the page's view, or null for a page kind whose template still reads the page context alone
     */
    static Object of(PlannedPage page, SiteContent content, RenderInputs inputs) {
        return switch (page.template()) {
            case "promise" -> PromiseView.of((PromisePeriod) page.subject(), content, inputs.asOf());
            case "area" -> AreaView.of((AreaHistory) page.subject());
            case "home" -> HomeView.of(periods(page.subject()), content);
            case "news" -> NewsView.of((NewsArticle) page.subject(), content);
            case "history" -> HistoryView.of((HistoryPage) page.subject(), content, inputs.asOf());
            case "archive-year" -> ArchiveYearView.of((ArchiveYear) page.subject(), content);
            case "archive-year-county" -> CountyYearView.of((CountyYear) page.subject(), content);
            case "overview" -> OverviewView.of(content, inputs.asOf());
            case "overview-county" -> CountyOverviewView.of((Places.County) page.subject(), inputs.asOf());
            case "overview-municipality" -> MunicipalityOverviewView.of((Places.Municipality) page.subject(), inputs.asOf());
            case "areas" -> AreasView.of(content);
            default -> null;
        };
    }

    /** The home page's subject: the follow-ups the plan chose for it. */
    @SuppressWarnings("unchecked")
    private static List<PromisePeriod> periods(Object subject) {
        return (List<PromisePeriod>) subject;
    }
}
