package se.medborgarloften.render;

import org.junit.jupiter.api.Test;
import se.medborgarloften.model.LocalizedText;
import se.medborgarloften.model.Promise;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page's texts (templates' {@code i18n}) on the real content, in Swedish and English. */
class I18nTest {

    private final RealPages real = RealPages.get();

    private I18n sv() {
        return real.page("home", "sv").getI18n();
    }

    private I18n en() {
        return real.page("home", "en").getI18n();
    }

    @Test
    void messagesComeFromThePagesLanguageAndAnotherLanguageOnRequest() {
        assertEquals("Start", sv().msg("nav.home"));
        assertEquals("Home", en().msg("nav.home"));
        assertEquals("Home", sv().msgIn("en", "nav.home"));
        assertEquals("sv_SE", sv().getOgLocale());
    }

    @Test
    void aTextIsInThePagesLanguageOrFallsBackToTheDefaultMarkedAsSuch() {
        Promise promise = real.period("rosengard", "2018").promise();
        assertEquals("Medborgarlöftet i Öster (Rosengård)", sv().t(promise.title()));
        assertEquals("The citizen promise in Öster (Rosengård)", en().t(promise.title()));
        LocalizedText swedishOnly = new LocalizedText(Map.of("sv", "Bara svenska"));
        ResolvedText resolved = en().text(swedishOnly);
        assertEquals("Bara svenska", resolved.text());
        assertTrue(resolved.fallback());
        assertEquals("sv", resolved.language());
        assertFalse(sv().text(swedishOnly).fallback());
        assertNull(sv().text(null));
        assertEquals("", sv().t(null));
    }

    @Test
    void listsAndTargetsAreWrittenAsTheLanguageWritesThem() {
        assertEquals("", sv().join(List.of()));
        assertEquals("Polisen", sv().join(List.of("Polisen")));
        assertEquals("Polisen, Malmö stad och Fastighetsägarna", sv().join(List.of("Polisen", "Malmö stad", "Fastighetsägarna")));
        assertEquals("Police and City", en().join(List.of("Police", "City")));
        Promise.Target target = real.period("rosengard", "2024-2025").promise().commitment("spaningsinsatser").orElseThrow().target();
        assertEquals("minst 25 spaningsinsatser", sv().target(target));
        assertEquals("at least 25 surveillance operations", en().target(target));
    }

    @Test
    void aTitleThatNamesAnOrganisationAlreadyMentionsIt() {
        LocalizedText title = new LocalizedText(Map.of("sv", "Chef för Lokalpolisområde Malmö norr"));
        assertTrue(sv().mentions(title, "lokalpolisområde malmö norr"));
        assertFalse(sv().mentions(title, "Malmö stad"));
        assertFalse(sv().mentions(title, " "));
    }
}
