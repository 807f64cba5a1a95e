package se.medborgarloften.validate;

import org.junit.jupiter.api.Test;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.load.ContentRole;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.ProseSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.medborgarloften.validate.ReferenceRulesTest.lineOf;
import static se.medborgarloften.validate.ReferenceRulesTest.real;
import static se.medborgarloften.validate.ReferenceRulesTest.source;

/**
 * Every text in both of the site's languages, on the real Rosengård 2024–2025 promise and its prose, and on
 * copies with a translation taken away, marked pending, or in a language the site does not have.
 */
class TranslationRulesTest {

    private static final String PROMISE = "content/areas/rosengard/2024-2025/promise.json";
    private static final String SV = "content/areas/rosengard/2024-2025/promise.sv.adoc";
    private static final String EN = "content/areas/rosengard/2024-2025/promise.en.adoc";
    private static final String ENGLISH_TARGET = ",\n        \"en\": \"At least 25 surveillance operations to counter open drug scenes\"";

    private final TranslationRules rules = new TranslationRules("sv", List.of("sv", "en"));

    @Test
    void theRealPromiseHasEveryTextInBothLanguages() {
        assertEquals(List.of(), rules.checkJson(promise(real(PROMISE))));
        for (String path : List.of("content/site.json", "content/organisations.json", "content/areas/rosengard/area.json",
                "content/areas/rosengard/2023/follow-up.json")) {
            assertEquals(List.of(), rules.checkJson(source(path, ContentRole.AREA, List.of(), real(path))), path);
        }
    }

    @Test
    void aMissingEnglishTextIsReportedWhereTheSwedishOneIs() {
        String text = real(PROMISE).replace(ENGLISH_TARGET, "");
        List<Diagnostic> found = rules.checkJson(promise(text));
        assertEquals(1, found.size(), found.toString());
        Diagnostic error = found.get(0);
        assertEquals(PROMISE, error.file());
        assertEquals("/commitments/0/text", error.field());
        assertEquals(lineOf(text, "\"sv\": \"Minst 25 spaningsinsatser") - 1, error.line(), "the line of \"text\": {");
        assertEquals("Översättningen till engelska (\"en\") saknas för \"Minst 25 spaningsinsatser för att motverka öppna drogscener\".",
                error.messageText().in("sv"));
        assertEquals("Lägg till \"en\": \"…\" bredvid \"sv\", eller, om översättningen kommer senare, lägg till "
                + "\"pendingTranslations\": [\"en\"] överst i filen.", error.hintText().in("sv"));
    }

    @Test
    void aLongOriginalIsQuotedShortened() {
        String english = ",\n            \"en\": \"The property companies, the Environment Department, the Property and Streets Department, the police and the Compulsory School Department\"";
        String text = real("content/areas/rosengard/2023/promise.json").replace(english, "");
        List<Diagnostic> found = rules.checkJson(source("content/areas/rosengard/2023/promise.json", ContentRole.PROMISE,
                List.of("rosengard", "2023"), text));
        assertEquals(1, found.size(), found.toString());
        assertEquals("Översättningen till engelska (\"en\") saknas för "
                        + "\"Fastighetsbolagen, Miljöförvaltningen, Fastighets- och ga…\".",
                found.get(0).messageText().in("sv"));
    }

    @Test
    void aTranslationMarkedPendingIsNotMissingUnlessEveryMissingOneIsAskedFor() {
        String text = real(PROMISE).replace(ENGLISH_TARGET, "").replaceFirst("\\{", "{\n  \"pendingTranslations\": [\"en\"],");
        assertEquals(List.of(), rules.checkJson(promise(text)));
        assertEquals(Set.of("en"), TranslationRules.declaredPending(promise(text)));
        List<Diagnostic> all = new TranslationRules("sv", List.of("sv", "en"), false).checkJson(promise(text));
        assertEquals(1, all.size(), all.toString());
        assertEquals("/commitments/0/text", all.get(0).field());
    }

    @Test
    void aTextInALanguageTheSiteDoesNotHaveIsReportedOnItsLine() {
        String text = real(PROMISE).replace(ENGLISH_TARGET,
                ENGLISH_TARGET + ",\n        \"de\": \"Mindestens 25 Aufklärungseinsätze\"");
        List<Diagnostic> found = rules.checkJson(promise(text));
        assertEquals(1, found.size(), found.toString());
        assertEquals("/commitments/0/text/de", found.get(0).field());
        assertEquals(lineOf(text, "\"de\": "), found.get(0).line());
        assertEquals("\"de\" är inte ett av webbplatsens språk [sv, en].", found.get(0).messageText().in("sv"));
    }

    @Test
    void theRealProseHasBothLanguages() {
        assertEquals(List.of(), rules.checkProse(List.of(prose(SV, "sv"), prose(EN, "en")), owner(real(PROMISE))));
    }

    @Test
    void aSwedishTextWithoutItsEnglishNamesTheFileToWrite() {
        List<Diagnostic> found = rules.checkProse(List.of(prose(SV, "sv")), owner(real(PROMISE)));
        assertEquals(1, found.size(), found.toString());
        assertEquals(SV, found.get(0).file());
        assertEquals("Översättningen till engelska, " + EN + ", saknas.", found.get(0).messageText().in("sv"));
        String pending = real(PROMISE).replaceFirst("\\{", "{\n  \"pendingTranslations\": [\"en\"],");
        assertEquals(List.of(), rules.checkProse(List.of(prose(SV, "sv")), owner(pending)));
    }

    @Test
    void anEnglishTextWithoutItsSwedishOriginalIsReported() {
        List<Diagnostic> found = rules.checkProse(List.of(prose(EN, "en")), owner(real(PROMISE)));
        assertEquals(1, found.size(), found.toString());
        assertEquals(EN, found.get(0).file());
        assertEquals("Översättningen har inget original på svenska bredvid sig.", found.get(0).messageText().in("sv"));
        assertEquals("Skriv " + SV + " först, eller ta bort den här filen.", found.get(0).hintText().in("sv"));
    }

    @Test
    void anEmptyTranslationOfAWrittenOriginalIsAnErrorOnItsFirstLine() {
        ProseSource empty = new ProseSource(EN, PROMISE, "en", "\n");
        List<Diagnostic> found = rules.checkProse(List.of(prose(SV, "sv"), empty), owner(real(PROMISE)));
        assertEquals(1, found.size(), found.toString());
        assertEquals(EN, found.get(0).file());
        assertEquals(1, found.get(0).line());
        assertEquals("Texten är tom, men förlagan " + SV + " har text: sidan skulle publiceras utan sin text.",
                found.get(0).messageText().in("sv"));
    }

    @Test
    void proseBesideNoJsonFileBelongsToNothing() {
        List<Diagnostic> found = rules.checkProse(List.of(prose(SV, "sv"), prose(EN, "en")), Map.of());
        assertEquals(2, found.size(), found.toString());
        assertEquals("Texten har ingen promise.json bredvid sig och hör därför inte till något.", found.get(0).messageText().in("sv"));
        assertEquals("Skapa " + PROMISE + " eller flytta texten till mappen den hör till.", found.get(0).hintText().in("sv"));
    }

    @Test
    void proseInALanguageTheSiteDoesNotHaveIsReported() {
        ProseSource german = new ProseSource("content/areas/rosengard/2024-2025/promise.de.adoc", PROMISE, "de", "Text.");
        List<Diagnostic> found = rules.checkProse(List.of(prose(SV, "sv"), prose(EN, "en"), german), owner(real(PROMISE)));
        assertEquals(1, found.size(), found.toString());
        assertEquals(german.path(), found.get(0).file());
        assertEquals("\"de\" är inte ett av webbplatsens språk [sv, en].", found.get(0).messageText().in("sv"));
        assertEquals("Byt filens namn så att det innehåller en av de språkkoderna.", found.get(0).hintText().in("sv"));
    }

    private static ProseSource prose(String path, String language) {
        return new ProseSource(path, PROMISE, language, real(path));
    }

    private static Map<String, JsonSource> owner(String text) {
        return Map.of(PROMISE, promise(text));
    }

    private static JsonSource promise(String text) {
        return source(PROMISE, ContentRole.PROMISE, List.of("rosengard", "2024-2025"), text);
    }
}
