package se.medborgarloften.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.medborgarloften.Stages;
import se.medborgarloften.TestProjects;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.load.ContentRole;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.model.PublishedUrls;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No build may take away an address the real site has published, unless content/redirects.json says where it
 * leads; and every redirect leads to a page in its own language.
 */
class PublishedUrlGuardTest {

    private static final Stages.Planned PLANNED = Stages.realPlanned();
    private static final String PUBLISHED = TestProjects.read(TestProjects.realProject().resolve(PublishedUrls.PATH));

    @Test
    void theRealPlanKeepsEveryPublishedAddress() {
        assertEquals(List.of(), new PublishedUrlGuard(PLANNED.loaded()).check(PLANNED.plan()));
    }

    @Test
    void anAddressThatIsNoLongerAPageIsReportedOnItsLineOfTheRecord() {
        String published = PUBLISHED + "sv/omraden/rosengard/2019/\n";
        List<Diagnostic> found = check(published, "[]");
        assertEquals(1, found.size(), found.toString());
        assertEquals(PublishedUrls.PATH, found.get(0).file());
        assertEquals(published.split("\n").length, found.get(0).line());
        assertEquals("Sidan sv/omraden/rosengard/2019/ har publicerats, och det här bygget skulle ta bort den.",
                found.get(0).messageText().in("sv"));
        assertEquals(List.of(), check(published,
                "[{ \"from\": \"sv/omraden/rosengard/2019/\", \"to\": \"sv/omraden/rosengard/2023/\" }]"),
                "a redirect to a page keeps the address");
    }

    @Test
    void aRedirectMustLeadFromNoPageToAPageInItsOwnLanguage() {
        String redirects = """
                [
                  { "from": "sv/omraden/rosengard/2023/", "to": "sv/omraden/rosengard/" },
                  { "from": "sv/gammal/", "to": "en/areas/" },
                  { "from": "sv/annan/", "to": "sv/finns-inte/" },
                  { "from": "sv/annan/", "to": "sv/omraden/" }
                ]""";
        List<String> found = check(PUBLISHED, redirects).stream()
                .map(d -> d.line() + " " + d.field() + " " + d.messageText().in("sv")).toList();
        assertEquals(List.of(
                "4 /redirects/0/from Adressen sv/omraden/rosengard/2023/ är fortfarande en sida på webbplatsen och kan inte omdirigeras.",
                "5 /redirects/1/to Omdirigeringen leder från sv/gammal/ till en/areas/, en sida på ett annat språk.",
                "6 /redirects/2/to Omdirigeringen leder till sv/finns-inte/, som inte är en sida på webbplatsen.",
                "7 /redirects/3/from Adressen sv/annan/ omdirigeras två gånger."), found);
    }

    /** The guard's verdict on the real plan, had content/ held this record of addresses and these redirects. */
    private static List<Diagnostic> check(String published, String redirects) {
        String text = "{\n  \"$schema\": \"../schema/redirects.schema.json\",\n  \"redirects\": " + redirects.replace("\n", "\n  ") + "\n}\n";
        List<JsonSource> json = new ArrayList<>(PLANNED.loaded().json().stream().filter(s -> s.role() != ContentRole.REDIRECTS).toList());
        try {
            json.add(new JsonSource("content/redirects.json", ContentRole.REDIRECTS, List.of(), text, new ObjectMapper().readTree(text)));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        LoadedContent loaded = PLANNED.loaded();
        LoadedContent changed = new LoadedContent(json, loaded.prose(), loaded.messageBundles(),
                PublishedUrls.parse(PublishedUrls.PATH, published), loaded.sources(), loaded.history());
        return new PublishedUrlGuard(changed).check(PLANNED.plan());
    }
}
