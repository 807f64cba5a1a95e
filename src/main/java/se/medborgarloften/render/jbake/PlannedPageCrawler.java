package se.medborgarloften.render.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The load stage reads content/ (JSON and AsciiDoc in this project's own model), so JBake must not crawl
 * it as JBake content; the pages are already in the {@link PlannedPageStore}.
 */
final class PlannedPageCrawler extends Crawler {

    PlannedPageCrawler(ContentStore store, JBakeConfiguration config) {
        super(store, config);
    }

    @Override
    public void crawl() {
        // Pages come from the plan stage.
    }

    @Override
    public void crawlDataFiles() {
        // The site has no JBake data files.
    }
}
