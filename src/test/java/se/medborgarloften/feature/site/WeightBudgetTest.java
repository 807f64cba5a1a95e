package se.medborgarloften.feature.site;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page, with the stylesheet, scripts and fonts it loads, stays under 100 KB. */
class WeightBudgetTest {

    private static final long BUDGET = 100 * 1024;

    @Test
    void theHeaviestPageWithWhatItLoadsStaysUnderTheBudget() throws IOException {
        SiteHtml site = new SiteHtml(TestProjects.realSite());
        long heaviest = 0;
        String heaviestPage = "";
        for (Path file : site.pages()) {
            Document page = site.page(file);
            long weight = Files.size(file);
            for (Element resource : page.select("link[rel=stylesheet][href], script[src], link[rel=preload][href]")) {
                Path loaded = site.resolve(file, resource.hasAttr("src") ? resource.attr("src") : resource.attr("href"));
                assertTrue(loaded != null, "off-site resource on " + file);
                weight += Files.size(loaded);
            }
            if (weight > heaviest) {
                heaviest = weight;
                heaviestPage = site.root().relativize(file).toString();
            }
            assertTrue(weight < BUDGET, file + " weighs " + weight + " bytes with what it loads");
        }
        System.out.printf("Heaviest page: %s, %.1f KB with its stylesheet and scripts%n", heaviestPage, heaviest / 1024.0);
    }
}
