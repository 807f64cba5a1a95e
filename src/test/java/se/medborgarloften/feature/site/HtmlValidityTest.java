package se.medborgarloften.feature.site;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Nu Html Checker (the W3C's validator, run offline) reports no error on any page of the real site. */
class HtmlValidityTest {

    @Test
    void everyPageIsValidHtml() throws Exception {
        SiteHtml site = new SiteHtml(TestProjects.realSite());
        List<Path> pages = site.pages();
        List<String> errors = NuHtmlChecker.errors(site.root(), pages);
        assertTrue(pages.size() > 60, "pages checked: " + pages.size());
        assertTrue(errors.isEmpty(), "Nu Html Checker errors:\n" + String.join("\n", errors));
    }
}
