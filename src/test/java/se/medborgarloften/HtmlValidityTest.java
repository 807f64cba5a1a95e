package se.medborgarloften;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Nu Html Checker (the W3C's validator, run offline) reports no error on any page of the real site. */
class HtmlValidityTest {

    @Test
    void everyPageIsValidHtml() throws Exception {
        SiteHtml site = new SiteHtml(TestProjects.realSite());
        List<String> errors = new ArrayList<>();
        String[] current = {""};
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings (e.g. advice on optional attributes) are not failures.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current[0] + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        List<Path> pages = site.pages();
        for (Path page : pages) {
            current[0] = site.root().relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        assertTrue(pages.size() > 60, "pages checked: " + pages.size());
        assertTrue(errors.isEmpty(), "Nu Html Checker errors:\n" + String.join("\n", errors));
    }
}
