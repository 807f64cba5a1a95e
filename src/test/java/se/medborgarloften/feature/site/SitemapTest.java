package se.medborgarloften.feature.site;

import se.medborgarloften.TestProjects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sitemap.xml is an index of sitemaps (one for the pages about the whole site, one per area), which
 * together list every page of the real site once, each within the protocol's limit of 50,000 addresses,
 * with its language versions; robots.txt names the index.
 */
class SitemapTest {

    private static final int PROTOCOL_LIMIT = 50_000;

    @Test
    void theIndexesSitemapsListEveryPageOnceWithItsLanguageVersions() throws IOException {
        Path site = TestProjects.realSite();
        String base = baseUrl(site);
        Document index = xml(site.resolve("sitemap.xml"));
        assertEquals("sitemapindex", index.child(0).tagName());
        List<String> sitemaps = index.select("sitemap > loc").eachText();
        assertTrue(sitemaps.contains(base + "sitemaps/site.xml"), sitemaps.toString());
        try (Stream<Path> areas = Files.list(TestProjects.realProject().resolve("content/areas"))) {
            for (Path area : areas.toList()) {
                assertTrue(sitemaps.contains(base + "sitemaps/areas/" + area.getFileName() + ".xml"), area + ": " + sitemaps);
            }
        }

        List<String> listed = new ArrayList<>();
        for (String sitemap : sitemaps) {
            assertTrue(sitemap.startsWith(base), sitemap);
            Document urls = xml(site.resolve(sitemap.substring(base.length())));
            assertEquals("urlset", urls.child(0).tagName(), sitemap);
            List<Element> entries = urls.select("url");
            assertTrue(entries.size() <= PROTOCOL_LIMIT, sitemap + " lists " + entries.size());
            for (Element entry : entries) {
                String loc = entry.selectFirst("loc").text();
                listed.add(loc);
                List<String> alternates = entry.getElementsByTag("xhtml:link").eachAttr("href");
                assertTrue(alternates.contains(loc), loc + " is among its own language versions: " + alternates);
                alternates.forEach(a -> assertTrue(Files.exists(fileOf(site, base, a)), loc + ": " + a + " does not exist"));
            }
        }
        assertEquals(listed.size(), new TreeSet<>(listed).size(), "an address is listed twice");
        assertEquals(pages(site, base), new TreeSet<>(listed));
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + base + "sitemap.xml"));
    }

    /** Every page of the site: each index.html but redirects to a moved page and the editor's (noindex) page. */
    private static Set<String> pages(Path site, String base) throws IOException {
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(site, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("index.html")).toList()) {
                String path = site.relativize(file.getParent()).toString().replace('\\', '/');
                String html = Files.readString(file);
                boolean redirect = html.contains("http-equiv=\"refresh\"");
                boolean editor = html.contains("<meta name=\"robots\" content=\"noindex, nofollow\">") && path.equals("admin");
                if (!path.isEmpty() && !redirect && !editor) {
                    pages.add(base + path + "/");
                }
            }
        }
        return pages;
    }

    private static Path fileOf(Path site, String base, String url) {
        String path = url.substring(base.length());
        return path.isEmpty() || path.endsWith("/") ? site.resolve(path + "index.html") : site.resolve(path);
    }

    private static String baseUrl(Path site) throws IOException {
        String robots = Files.readString(site.resolve("robots.txt"));
        String line = robots.lines().filter(l -> l.startsWith("Sitemap: ")).findFirst().orElseThrow();
        return line.substring("Sitemap: ".length(), line.length() - "sitemap.xml".length());
    }

    private static Document xml(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
    }
}
