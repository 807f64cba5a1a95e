package se.medborgarloften.render.jbake;

import se.medborgarloften.plan.PlannedPage;

import java.util.Locale;

/**
 * What JBake's side needs to know of the object a template reads as {@code content.page}: the page it renders,
 * its language, the way back to the site's root, and whether it reads less than everything, so that it must not
 * see the rest of the site. The render stage's page context is one; this seam knows nothing else of it.
 */
public interface TemplatePage {

    PlannedPage getPlanned();

    Locale getLocale();

    String getRoot();

    boolean readsPartOfSite();
}
