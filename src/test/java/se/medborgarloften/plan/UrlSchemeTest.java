package se.medborgarloften.plan;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.medborgarloften.TestProjects;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The addresses of the site, from the real UI bundles' url.* keys and the real content's folders: they are the
 * addresses content/published-urls.txt promises to keep.
 */
class UrlSchemeTest {

    private static UrlScheme urls;
    private static Set<String> published;

    @BeforeAll
    static void realBundles() throws IOException {
        Path project = TestProjects.realProject();
        Map<String, Map<String, String>> messages = new HashMap<>();
        for (String language : List.of("sv", "en")) {
            Properties bundle = new Properties();
            try (Reader in = Files.newBufferedReader(project.resolve("templates/i18n/messages_" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            Map<String, String> byKey = new HashMap<>();
            bundle.stringPropertyNames().forEach(key -> byKey.put(key, bundle.getProperty(key)));
            messages.put(language, byKey);
        }
        urls = new UrlScheme(messages);
        published = Set.copyOf(Files.readAllLines(project.resolve("content/published-urls.txt")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).toList());
    }

    @Test
    void aPromisePeriodIsAtItsAreaAndPeriodFolderInEachLanguage() {
        assertEquals("sv/omraden/rosengard/2024-2025/", urls.promise("sv", "rosengard", "2024-2025"));
        assertEquals("en/areas/rosengard/2024-2025/", urls.promise("en", "rosengard", "2024-2025"));
        assertEquals("sv/omraden/rosengard/", urls.area("sv", "rosengard"));
        assertEquals("sv/omraden/", urls.areas("sv"));
        assertEquals("sv/", urls.home("sv"));
    }

    @Test
    void everyRealPeriodAndAreaHasTheAddressTheSitePublished() throws IOException {
        int periods = 0;
        try (Stream<Path> areas = Files.list(TestProjects.realProject().resolve("content/areas"))) {
            for (Path area : areas.filter(Files::isDirectory).toList()) {
                String areaId = area.getFileName().toString();
                for (String language : List.of("sv", "en")) {
                    assertTrue(published.contains(urls.area(language, areaId)), urls.area(language, areaId));
                }
                try (Stream<Path> folders = Files.list(area)) {
                    for (Path period : folders.filter(Files::isDirectory).toList()) {
                        periods++;
                        for (String language : List.of("sv", "en")) {
                            String address = urls.promise(language, areaId, period.getFileName().toString());
                            assertTrue(published.contains(address), address + " is not in published-urls.txt");
                        }
                    }
                }
            }
        }
        assertEquals(7, periods, "the real content's period folders");
    }

    @Test
    void anAreasHistoryIsBelowTheAreaUnderTheTranslatedWord() {
        assertEquals("sv/omraden/rosengard/historik/", urls.history("sv", "rosengard"));
        assertEquals("en/areas/rosengard/history/", urls.history("en", "rosengard"));
    }

    @Test
    void sectionsOfTheSiteUseEachLanguagesWord() {
        assertEquals("sv/arkiv/2023/", urls.archiveYear("sv", 2023));
        assertEquals("en/archive/2023/", urls.archiveYear("en", 2023));
        assertEquals("sv/oppna-data/", urls.openData("sv"));
        assertEquals("en/open-data/", urls.openData("en"));
        assertEquals("sv/oversikt/", urls.overview("sv"));
        assertEquals("sv/sok/", urls.search("sv"));
        assertEquals("sv/nyheter/", urls.news("sv"));
        assertEquals("en/atom.xml", urls.feed("en"));
        assertEquals("jamfor", urls.comparisonSegment("sv"));
        assertEquals("compare", urls.comparisonSegment("en"));
        for (String address : List.of(urls.archiveYear("sv", 2018), urls.openData("en"), urls.overview("en"),
                urls.search("en"), urls.news("sv"), urls.archive("en"))) {
            assertTrue(published.contains(address), address + " is not in published-urls.txt");
        }
    }

    @Test
    void aNewsItemAndAPageAreAtTheirSlugs() {
        String news = urls.newsItem("sv", "fyra-nya-medborgarloften-for-okad-trygghet-i-malmo");
        assertEquals("sv/nyheter/fyra-nya-medborgarloften-for-okad-trygghet-i-malmo/", news);
        assertTrue(published.contains(news));
        assertEquals("en/accessibility-statement/", urls.page("en", "accessibility-statement"));
        assertTrue(published.contains(urls.page("en", "accessibility-statement")));
    }

    @Test
    void aSourcesTextIsUnderSourcesByItsFileName() {
        assertEquals("sv/kallor/000_99f449e3ac090733/", urls.source("sv", "000_99f449e3ac090733"));
        assertEquals("en/sources/000_99f449e3ac090733/", urls.source("en", "000_99f449e3ac090733"));
    }

    @Test
    void placesOfANationalSiteAreBelowTheirSections() {
        assertEquals("sv/kommuner/malmo-stad/", urls.municipality("sv", "malmo-stad"));
        assertEquals("en/overview/skane-lan/", urls.overviewOf("en", "skane-lan"));
        assertEquals("sv/arkiv/2024/skane-lan/", urls.archiveYearIn("sv", 2024, "skane-lan"));
    }

    @Test
    void aLanguageWithoutTheWordNamesTheBundleToAddItTo() {
        UrlScheme withoutHistory = new UrlScheme(Map.of("sv", Map.of("url.areas", "omraden"), "de", Map.of()));
        assertEquals("sv/omraden/x/", withoutHistory.area("sv", "x"));
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> withoutHistory.history("sv", "x"));
        assertEquals("Missing url.history in templates/i18n/messages_sv.properties", missing.getMessage());
        IllegalStateException noBundle = assertThrows(IllegalStateException.class, () -> withoutHistory.areas("fi"));
        assertTrue(noBundle.getMessage().contains("messages_fi.properties"), noBundle.getMessage());
        assertEquals("de/", withoutHistory.home("de"), "the home page needs no word");
    }
}
