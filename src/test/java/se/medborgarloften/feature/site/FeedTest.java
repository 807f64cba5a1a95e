package se.medborgarloften.feature.site;

import se.medborgarloften.TestProjects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.benchmark.SyntheticContent;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.plan.PagePlanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each language's Atom feed announces the newest promise periods, follow-ups and news, newest first. */
class FeedTest {

    @Test
    void theRealFeedsAnnounceEveryItemNewestFirstAndLinkToPagesThatExist() throws IOException {
        Path site = TestProjects.realSite();
        long promises;
        try (var files = Files.walk(TestProjects.realProject().resolve("content/areas"))) {
            promises = files.filter(f -> f.getFileName().toString().equals("promise.json")).count();
        }
        for (String language : List.of("sv", "en")) {
            Document feed = xml(site.resolve(language + "/atom.xml"));
            assertEquals(language, feed.child(0).attr("xml:lang"));
            List<Element> entries = feed.select("entry");
            assertTrue(entries.size() > promises, language + ": every promise and more, " + entries.size());
            assertNewestFirst(entries);
            for (Element entry : entries) {
                String url = entry.selectFirst("link").attr("href");
                String path = url.replaceFirst("^https?://[^/]+/", "").replaceFirst("#.*$", "");
                assertTrue(Files.exists(site.resolve(path).resolve("index.html")), url);
            }
        }
    }

    @Test
    void aNationalFeedAndHomePageHoldTheNewestItemsOnly(@TempDir Path temp) throws IOException {
        Path project = temp.resolve("project");
        SyntheticContent.write(TestProjects.realProject(), project, 12, 10);
        Path site = temp.resolve("site");
        new SiteBuild(project, site).run();
        for (String language : List.of("sv", "en")) {
            List<Element> entries = xml(site.resolve(language + "/atom.xml")).select("entry");
            assertEquals(PagePlanner.FEED_LENGTH, entries.size(), language);
            assertNewestFirst(entries);

            // The home page lists the ten latest of the 120 follow-ups and sends readers to the archive for the rest.
            Document home = Jsoup.parse(Files.readString(site.resolve(language + "/index.html")));
            Element followUps = home.getElementById("follow-ups-heading").parent();
            List<String> published = followUps.select("li time").eachAttr("datetime");
            assertEquals(10, followUps.select("li").size(), language);
            assertEquals(10, published.size(), language + ": every follow-up says when it was published");
            for (int i = 1; i < published.size(); i++) {
                assertTrue(published.get(i - 1).compareTo(published.get(i)) >= 0, published.toString());
            }
            assertEquals(1, followUps.select("a[href$=" + (language.equals("sv") ? "arkiv/" : "archive/") + "]").size());
        }
    }

    private static void assertNewestFirst(List<Element> entries) {
        for (int i = 1; i < entries.size(); i++) {
            String before = entries.get(i - 1).selectFirst("updated").text();
            String after = entries.get(i).selectFirst("updated").text();
            assertTrue(before.compareTo(after) >= 0, before + " before " + after);
        }
    }

    private static Document xml(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
    }
}
