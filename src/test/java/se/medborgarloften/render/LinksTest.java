package se.medborgarloften.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links from a page (templates' {@code links}) on the real plan, and the area guard they pass through. */
class LinksTest {

    private final RealPages real = RealPages.get();

    private PageContext rosengard2018(String language) {
        return real.page(real.promiseKey("rosengard", "2018"), language);
    }

    @Test
    void linksAreRelativeToThePage() {
        Links links = rosengard2018("sv").getLinks();
        assertEquals("../../../", links.page("home"));
        assertEquals("../", links.area(real.content.area("rosengard").orElseThrow()));
        assertEquals("../2023/", links.promise(real.period("rosengard", "2023")));
        assertEquals("../2023/#follow-up", links.page(real.promiseKey("rosengard", "2023"), "follow-up"));
        assertEquals("../../../../data/rosengard/2018/promise.json", links.file("data/rosengard/2018/promise.json"));
        assertEquals("../../../../", links.getRoot());
        assertEquals("./", real.page("home", "sv").getLinks().page("home"));
    }

    @Test
    void thePageKnowsItsAddressesInEveryLanguage() {
        Links links = rosengard2018("en").getLinks();
        assertTrue(links.getCanonical().endsWith("en/areas/rosengard/2018/"), links.getCanonical());
        assertEquals(2, links.getAlternates().size());
        Links.Alternate swedish = links.getAlternates().get(0);
        assertEquals("sv", swedish.lang());
        assertEquals("../../../../sv/omraden/rosengard/2018/", swedish.href());
        assertTrue(links.getAlternates().get(1).current());
        assertEquals("sv/omraden/rosengard/2018/", links.pathIn(real.promiseKey("rosengard", "2018"), "sv"));
    }

    @Test
    void aPageOfOneAreaCannotLinkToAnotherArea() {
        Links links = rosengard2018("sv").getLinks();
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> links.page("area/sofielund"));
        assertTrue(refused.getMessage().contains("may only show that area"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> links.history(real.content.area("sofielund").orElseThrow()));
        // A page about the whole site links to every area.
        assertEquals("omraden/sofielund/", real.page("home", "sv").getLinks().page("area/sofielund"));
    }
}
