package se.medborgarloften.feature.archive;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fact of every source document (src/test/resources/seed-facts/NNN.txt lists them, per Swedish
 * page) is on its Swedish page of the real site, and that page has its English version.
 */
class SeedFactsTest {

    @TestFactory
    Stream<DynamicTest> everySeedFactIsOnItsSwedishPageAndTheEnglishPageExists() throws IOException {
        SiteHtml site = new SiteHtml(TestProjects.realSite());
        Path fixtures = Path.of("src/test/resources/seed-facts");
        List<Path> files;
        try (Stream<Path> list = Files.list(fixtures)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no seed fact fixtures in " + fixtures);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path fixture : files) {
            String page = null;
            List<String> facts = new ArrayList<>();
            for (String line : Files.readAllLines(fixture)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("page:")) {
                    if (page != null) {
                        tests.add(check(site, fixture, page, facts));
                    }
                    page = line.substring(5).strip();
                    facts = new ArrayList<>();
                } else {
                    facts.add(line);
                }
            }
            if (page != null) {
                tests.add(check(site, fixture, page, facts));
            }
        }
        return tests.stream();
    }

    private static DynamicTest check(SiteHtml site, Path fixture, String page, List<String> facts) {
        List<String> expected = List.copyOf(facts);
        return DynamicTest.dynamicTest(fixture.getFileName() + " on " + page + " (" + expected.size() + " facts)", () -> {
            Path file = site.file(page);
            assertTrue(Files.isRegularFile(file), "no page " + page);
            Document document = site.page(file);
            String text = SiteHtml.normalized(document.text());
            List<String> missing = expected.stream().filter(f -> !text.contains(SiteHtml.normalized(f))).toList();
            assertTrue(missing.isEmpty(), "facts missing on " + page + ":\n" + String.join("\n", missing));
            Element english = document.selectFirst("link[rel=alternate][hreflang=en]");
            assertNotNull(english, "no English alternate for " + page);
            String url = english.attr("href");
            Path englishFile = site.file(url.substring(url.indexOf("/en/") + 1));
            assertTrue(Files.isRegularFile(englishFile), "English page missing: " + url);
            assertTrue(SiteHtml.normalized(site.page(englishFile).text()).length() > text.length() / 3,
                    "the English page " + url + " is nearly empty");
        });
    }
}
