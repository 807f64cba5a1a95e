package se.medborgarloften.validate;

import org.junit.jupiter.api.Test;
import se.medborgarloften.Stages;
import se.medborgarloften.TestProjects;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.model.MessageBundle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The real UI bundles have the same keys; a key missing from or added to the English one is reported. */
class MessageBundleRulesTest {

    private static final List<MessageBundle> REAL = Stages.load(TestProjects.realProject()).messageBundles();
    private final MessageBundleRules rules = new MessageBundleRules("sv", List.of("sv", "en"));

    @Test
    void theRealBundlesHaveTheSameKeys() {
        assertEquals(List.of(), rules.check(REAL));
    }

    @Test
    void aKeyMissingFromATranslationQuotesTheOriginalAndItsLine() {
        MessageBundle swedish = bundle("sv");
        Map<String, String> english = new HashMap<>(bundle("en").messages());
        english.remove("url.history");
        List<Diagnostic> found = rules.check(List.of(swedish, withMessages(bundle("en"), english)));
        assertEquals(1, found.size(), found.toString());
        assertEquals("templates/i18n/messages_en.properties", found.get(0).file());
        assertEquals("url.history", found.get(0).field());
        assertEquals("Gränssnittstexten \"url.history\" saknas.", found.get(0).messageText().in("sv"));
        int line = TestProjects.lineOf(TestProjects.realProject().resolve("templates/i18n/messages_sv.properties"), "url.history=");
        assertEquals("Lägg till en rad url.history=… med översättningen av \"historik\" (rad " + line
                + " i templates/i18n/messages_sv.properties).", found.get(0).hintText().in("sv"));
    }

    @Test
    void aKeyOnlyATranslationHasIsReportedOnItsLine() {
        MessageBundle english = bundle("en");
        Map<String, String> more = new HashMap<>(english.messages());
        more.put("url.extra", "extra");
        Map<String, Integer> lines = new HashMap<>(english.lines());
        lines.put("url.extra", 400);
        List<Diagnostic> found = rules.check(List.of(bundle("sv"),
                new MessageBundle(english.path(), "en", more, lines)));
        assertEquals(1, found.size(), found.toString());
        assertEquals(400, found.get(0).line());
        assertEquals("Gränssnittstexten \"url.extra\" finns inte i templates/i18n/messages_sv.properties.",
                found.get(0).messageText().in("sv"));
    }

    @Test
    void aSiteLanguageWithoutABundleIsReported() {
        List<Diagnostic> found = new MessageBundleRules("sv", List.of("sv", "en", "fi")).check(REAL);
        assertEquals(1, found.size(), found.toString());
        assertEquals("templates/i18n/messages_fi.properties", found.get(0).file());
        assertEquals("Gränssnittstexterna för \"fi\" saknas.", found.get(0).messageText().in("sv"));
    }

    private static MessageBundle bundle(String language) {
        return REAL.stream().filter(b -> b.language().equals(language)).findFirst().orElseThrow();
    }

    private static MessageBundle withMessages(MessageBundle bundle, Map<String, String> messages) {
        return new MessageBundle(bundle.path(), bundle.language(), messages, bundle.lines());
    }
}
