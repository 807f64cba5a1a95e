package se.medborgarloften.feature.site;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Nu Html Checker (the W3C's validator), run offline on built pages. */
final class NuHtmlChecker {

    private NuHtmlChecker() {
    }

    /** The checker's errors in these pages, each as "page:line: message"; its warnings are advice, not failures. */
    static List<String> errors(Path root, List<Path> pages) throws Exception {
        List<String> errors = new ArrayList<>();
        String[] current = {""};
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                // The checker's Content-Security-Policy grammar predates CSP Level 3's 'wasm-unsafe-eval', which the
                // search page names for Pagefind's WebAssembly (browsers since 2021 know it); any other CSP error counts.
                if (e.getMessage().contains("Bad content security policy: Expecting source-expression but found \"'wasm-unsafe-eval'\"")) {
                    return;
                }
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
        for (Path page : pages) {
            current[0] = root.relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        return errors;
    }
}
