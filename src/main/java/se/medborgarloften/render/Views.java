package se.medborgarloften.render;

import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.PlannedPage;
import se.medborgarloften.render.view.PromiseView;

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
            default -> null;
        };
    }
}
