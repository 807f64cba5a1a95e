package se.medborgarloften.validate;

import org.junit.jupiter.api.Test;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.load.ContentRole;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.medborgarloften.validate.ReferenceRulesTest.lineOf;
import static se.medborgarloften.validate.ReferenceRulesTest.real;
import static se.medborgarloften.validate.ReferenceRulesTest.source;

/** HTML pasted into a text is found, with its line; text that only looks like markup is left alone. */
class HtmlInTextTest {

    private static final String PROMISE = "content/areas/rosengard/2024-2025/promise.json";

    @Test
    void theFirstTagIsFoundAsWritten() {
        assertEquals(Optional.of("<b>"), HtmlInText.firstTag("Minst 25 <b>spaningsinsatser</b> per år"));
        assertEquals(Optional.of("<span class=\"viktig\">"), HtmlInText.firstTag("<span class=\"viktig\">Obs</span>"));
        assertEquals(Optional.of("<br/>"), HtmlInText.firstTag("rad ett<br/>rad två"));
        assertEquals(Optional.of("</P>"), HtmlInText.firstTag("slut</P>"));
    }

    @Test
    void textThatOnlyLooksLikeMarkupIsText() {
        assertEquals(Optional.empty(), HtmlInText.firstTag("barn < 15 år och vuxna > 18 år"));
        assertEquals(Optional.empty(), HtmlInText.firstTag("Se <<bakgrund>> ovan."));
        assertEquals(Optional.empty(), HtmlInText.firstTag("<malmö stad>"));
        assertEquals(Optional.empty(), HtmlInText.firstTag("Ingen markering alls."));
    }

    @Test
    void theRealPromiseHasNoHtml() {
        assertEquals(List.of(), HtmlInText.check(source(PROMISE, ContentRole.PROMISE, List.of("rosengard", "2024-2025"), real(PROMISE))));
    }

    @Test
    void htmlInATextIsReportedOnItsLineInSwedish() {
        String text = real(PROMISE).replace("\"sv\": \"Minst 25 spaningsinsatser", "\"sv\": \"Minst 25 <strong>spaningsinsatser</strong>");
        List<Diagnostic> found = HtmlInText.check(source(PROMISE, ContentRole.PROMISE, List.of("rosengard", "2024-2025"), text));
        assertEquals(1, found.size(), found.toString());
        assertEquals("/commitments/0/text/sv", found.get(0).field());
        assertEquals(lineOf(text, "<strong>"), found.get(0).line());
        assertEquals("HTML-koden <strong> skulle synas på sidan precis som den är skriven, med vinkelparenteser och allt.",
                found.get(0).messageText().in("sv"));
    }
}
