package se.medborgarloften.feature.site;

import se.medborgarloften.TestProjects;
import se.medborgarloften.SiteHtml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the real content/ and checks the generated HTML as a reader and a crawler would meet it. */
class RealSiteTest {

    /** The permanent address scheme, per language: the segment for areas. */
    private static final Map<String, String> AREAS_SEGMENT = Map.of("sv", "omraden", "en", "areas");
    private static final String BASE_URL_PREFIX = "https://";

    private static SiteHtml site;

    @BeforeAll
    static void build() {
        site = new SiteHtml(TestProjects.realSite());
    }

    @Test
    void everyAreaPeriodAndLanguageHasItsPage() throws IOException {
        List<String> periods = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestProjects.realProject().resolve("content/areas"))) {
            files.filter(p -> p.getFileName().toString().equals("promise.json")).forEach(p ->
                    periods.add(p.getParent().getParent().getFileName() + "/" + p.getParent().getFileName()));
        }
        assertTrue(periods.size() >= 7, "the seeds hold seven promise periods, found " + periods);
        for (String period : periods) {
            for (var language : AREAS_SEGMENT.entrySet()) {
                String area = period.substring(0, period.indexOf('/'));
                Path promisePage = site.file(language.getKey() + "/" + language.getValue() + "/" + period + "/");
                Path areaPage = site.file(language.getKey() + "/" + language.getValue() + "/" + area + "/");
                assertTrue(Files.isRegularFile(promisePage), "missing " + promisePage);
                assertTrue(Files.isRegularFile(areaPage), "missing " + areaPage);
                assertTrue(site.page(areaPage).select("a[href]").stream()
                                .anyMatch(a -> promisePage.equals(site.resolve(areaPage, a.attr("href")))),
                        "the area page " + areaPage + " must link to " + promisePage);
            }
        }
    }

    @Test
    void aPassageInAnotherLanguageIsMarkedWithItsLanguageAndItsMarksAreNotShown() throws IOException {
        // Marked [.sv]#…# in a JSON text (a commitment) and in AsciiDoc (the accessibility statement).
        Element method = site.page(site.file("en/areas/rosengard/2024-2025/")).selectFirst("span[lang=sv]:containsOwn(Trygg relation, fri från våld)");
        assertNotNull(method, "the Swedish name of the method on the English page");
        assertTrue(method.parent().text().contains("Work according to the method"), method.parent().text());
        assertNotNull(site.page(site.file("en/accessibility-statement/"))
                .selectFirst("span[lang=sv]:containsOwn(om tillgänglighet till digital offentlig service)"));
        for (Path file : site.pages()) {
            String html = Files.readString(file);
            assertFalse(html.contains("[.sv]#") || html.contains("[.en]#"), "a mark shown on " + file);
        }
    }

    @Test
    void everyPageDeclaresTheLanguageOfItsFolder() {
        for (Path file : site.pages()) {
            String top = site.root().relativize(file).getName(0).toString();
            String lang = site.page(file).selectFirst("html").attr("lang");
            if (AREAS_SEGMENT.containsKey(top)) {
                assertEquals(top, lang, "html lang of " + file);
            } else {
                assertFalse(lang.isBlank(), "html lang of " + file);
            }
        }
    }

    @Test
    void hreflangAlternatesAreSymmetricAbsoluteAndExist() {
        for (Path file : site.pages()) {
            Document page = site.page(file);
            if (page.selectFirst("meta[name=robots][content=noindex]") != null) {
                continue;   // the 404 page and redirects are not pages of their own
            }
            List<Element> alternates = page.select("link[rel=alternate][hreflang]");
            assertTrue(alternates.stream().anyMatch(l -> l.attr("hreflang").equals("x-default")), "x-default on " + file);
            String self = page.selectFirst("link[rel=canonical]").attr("href");
            for (Element alternate : alternates) {
                String url = alternate.attr("href");
                assertTrue(url.startsWith(BASE_URL_PREFIX), "absolute hreflang URL on " + file + ": " + url);
                Path target = fileOfUrl(url);
                assertTrue(Files.isRegularFile(target), file + " has hreflang to a missing page " + url);
                if (!alternate.attr("hreflang").equals("x-default") && !target.equals(file)) {
                    boolean pointsBack = site.page(target).select("link[rel=alternate][hreflang]").stream()
                            .anyMatch(back -> back.attr("href").equals(self));
                    assertTrue(pointsBack, url + " does not point back to " + self);
                    assertEquals(alternate.attr("hreflang"), site.page(target).selectFirst("html").attr("lang"));
                }
            }
        }
    }

    @Test
    void languageSwitchLeadsToTheSamePageInTheOtherLanguage() {
        int checked = 0;
        for (Path file : site.pages()) {
            Document page = site.page(file);
            for (Element link : page.select("nav.language-switch a[hreflang]")) {
                String lang = link.attr("hreflang");
                Element alternate = page.selectFirst("link[rel=alternate][hreflang=" + lang + "]");
                assertNotNull(alternate, "no hreflang " + lang + " on " + file);
                assertEquals(fileOfUrl(alternate.attr("href")), site.resolve(file, link.attr("href")),
                        "language switch on " + file);
                checked++;
            }
        }
        assertTrue(checked > 40, "language switches checked: " + checked);
    }

    @Test
    void everyInternalLinkAndFragmentResolves() {
        List<String> broken = new ArrayList<>();
        for (Path file : site.pages()) {
            Document page = site.page(file);
            for (Element link : page.select("a[href], link[rel=stylesheet][href]")) {
                String href = link.attr("href");
                Path target = site.resolve(file, href);
                if (target == null) {
                    continue;
                }
                if (!Files.isRegularFile(target)) {
                    broken.add(file + " -> " + href);
                    continue;
                }
                int hash = href.indexOf('#');
                if (hash >= 0 && target.toString().endsWith(".html")) {
                    String id = href.substring(hash + 1);
                    if (site.page(target).getElementById(id) == null) {
                        broken.add(file + " -> " + href + " (no element with this id)");
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
    }

    @Test
    void idsAreUniqueOnEveryPage() {
        for (Path file : site.pages()) {
            Map<String, Integer> counts = new TreeMap<>();
            site.page(file).select("[id]").forEach(e -> counts.merge(e.id(), 1, Integer::sum));
            counts.forEach((id, count) -> assertEquals(1, count, "id " + id + " repeated on " + file));
        }
    }

    @Test
    void commitmentsWithoutAPublishedFollowUpHaveNoStatusNeverNotDone() {
        // Rosengård 2024–2025 ended in May 2025 and no follow-up of it is in the archive: that is what its
        // commitments say, not a status (the site is built as of its commit's date, after the period).
        Document sv = site.page(site.file("sv/omraden/rosengard/2024-2025/"));
        Document en = site.page(site.file("en/areas/rosengard/2024-2025/"));
        assertEquals(17, sv.select("li.commitment").size(), "Rosengård 2024–2025 has 17 commitments");
        // The same for all 17, so said once above them rather than on each.
        assertEquals(0, sv.select("li.commitment .tag").size());
        assertEquals(1, sv.select("#commitments .tag").size());
        assertTrue(sv.select(".tag--not-done, .tag--not-followed-up").isEmpty());
        assertEquals("Status för alla åtaganden i perioden: Ingen uppföljning publicerad här",
                sv.getElementById("commitments-state").text());
        assertTrue(sv.getElementById("commitments-state").selectFirst(".tag").hasClass("tag--no-follow-up-published"));
        assertEquals("Status of all commitments in this period: No follow-up published here", en.getElementById("commitments-state").text());
    }

    @Test
    void numericTargetsAreShownInBothLanguages() {
        String sv = SiteHtml.normalized(site.page(site.file("sv/omraden/rosengard/2024-2025/")).text());
        String en = SiteHtml.normalized(site.page(site.file("en/areas/rosengard/2024-2025/")).text());
        for (String target : List.of("minst 25 spaningsinsatser", "minst 250 hot spot-patrulleringar", "minst 30 trafikkontroller")) {
            assertTrue(sv.contains(target), target);
        }
        for (String target : List.of("at least 25 surveillance operations", "at least 250 hot-spot patrols", "at least 30 traffic checks")) {
            assertTrue(en.contains(target), target);
        }
    }

    @Test
    void theSiteMakesNoRequestsToOtherSites() {
        for (Path file : site.pages()) {
            for (Element element : site.page(file).select("script, link[rel=stylesheet], img, iframe, link[rel=preload]")) {
                String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
                assertTrue(!url.contains("//"), "off-site request " + url + " on " + file);
            }
        }
    }

    @Test
    void theFooterNamesThePublishersInWordsThatReadWithAnyNumberOfNames() {
        // "A collaboration between Swedish Police Authority and City of Malmö" lacked the articles English names
        // need in running text; after a colon a list of names reads as it is.
        String en = SiteHtml.normalized(site.page(site.file("en/")).selectFirst("footer").text());
        String sv = SiteHtml.normalized(site.page(site.file("sv/")).selectFirst("footer").text());
        assertTrue(en.contains("Published jointly by: Swedish Police Authority and City of Malmö."), en);
        assertTrue(sv.contains("Ett samarbete mellan Polisen och Malmö stad."), sv);
    }

    @Test
    void aCountOfOneIsSingularAndNoCountOfZeroMakesAPromiseLookEmpty() {
        Pattern pluralOne = Pattern.compile("(?<![\\d,.])1 (commitments|problems|aims|citizen promises|follow-ups|news items"
                + "|results|åtaganden|medborgarlöften|uppföljningar|nyheter|träffar)\\b");
        Pattern pluralHeading = Pattern.compile("(Problems|Commitments) \\w+ \\(1\\)|(Nya|Ändrade|Oförändrade) åtaganden \\(1\\)"
                + "|Åtaganden som togs bort \\(1\\)|Nya problem \\(1\\)");
        Pattern zero = Pattern.compile("(?<![\\d,.])0 (commitments|problems|åtaganden|problem)\\b");
        for (Path file : site.pages()) {
            String text = SiteHtml.normalized(site.page(file).body().text());
            assertFalse(pluralOne.matcher(text).find(), "a plural after 1 on " + file);
            assertFalse(pluralHeading.matcher(text).find(), "a plural heading counting 1 on " + file);
            assertFalse(zero.matcher(text).find(), "a count of nothing on " + file);
        }
        String sv = SiteHtml.normalized(site.page(site.file("sv/arkiv/")).select("ul.years").text());
        String en = SiteHtml.normalized(site.page(site.file("en/archive/")).select("ul.years").text());
        assertTrue(sv.contains("2024 – 1 medborgarlöfte, 1 uppföljning, inga nyheter"), sv);
        assertTrue(en.contains("2024 – 1 citizen promise, 1 follow-up, no news items"), en);
        // Söder 2018 has aims but its activity plan is not among the sources: its card says what it has.
        for (String home : List.of("sv/", "en/")) {
            var card = site.page(site.file(home)).select("li.card").stream()
                    .filter(c -> c.select("a[href*=lindangen-hermodsdal-nydala/2018/]").size() == 1).findFirst().orElseThrow();
            assertTrue(card.selectFirst(".hint").text().matches("4 (mål|aims) · .*"), card.text());
        }
    }

    @Test
    void aPeriodWithoutCommitmentsDoesNotSayItsCommitmentsAreNotYetFollowedUp() {
        int checked = 0;
        for (Path file : promisePages()) {
            Document page = site.page(file);
            if (page.select("li.commitment").isEmpty()) {
                String followUp = page.getElementById("follow-up").text();
                assertFalse(followUp.contains("Not yet followed up") || followUp.contains("Inte uppföljt ännu"), file + ": " + followUp);
                checked++;
            }
        }
        assertTrue(checked >= 4, "Söder 2018 and Rosengård 2023 in both languages have no commitments: " + checked);
    }

    @Test
    void aPeriodWhoseProblemsStateNoDesiredEffectSaysSoOnce() {
        for (String page : List.of("en/areas/rosengard/2023/", "sv/omraden/rosengard/2023/")) {
            var effects = site.page(site.file(page)).getElementById("effects");
            String text = effects.text();
            int said = text.split("no desired effect|ingen önskad effekt", -1).length - 1;
            assertEquals(1, said, page + ": " + text);
            assertTrue(effects.select("h4").stream().noneMatch(h -> h.text().matches("Desired effect|Önskad effekt")), page);
        }
        for (Path file : promisePages()) {
            // A problem's section shows more than its title, or it is left out and its title is not a link.
            for (Element problem : site.page(file).select("#effects section.problem")) {
                assertTrue(problem.children().size() > 1, "an empty section " + problem.id() + " on " + file);
            }
        }
    }

    @Test
    void aPersonsOrganisationIsNotRepeatedAfterATitleThatNamesIt() {
        int people = 0;
        for (Path file : site.pages()) {
            for (Element name : site.page(file).select(".person__name")) {
                String line = SiteHtml.normalized(name.parent().text());
                int last = line.lastIndexOf(", ");
                String organisation = line.substring(last + 2);
                String before = line.substring(0, last);
                assertFalse(before.contains(", ") && before.toLowerCase(Locale.ROOT).contains(organisation.toLowerCase(Locale.ROOT)),
                        "the organisation repeated on " + file + ": " + line);
                people++;
            }
        }
        assertTrue(people > 20, "people checked: " + people);
        String en = SiteHtml.normalized(site.page(site.file("en/news/four-new-citizen-promises-for-greater-safety-in-malmo/")).text());
        assertTrue(en.contains("Andrew Roberts, head of the Malmö Norr local police area"), en);
        assertFalse(en.contains("Andrew Roberts, head of the Malmö Norr local police area, Malmö Norr local police area"), en);
        String sv = SiteHtml.normalized(site.page(site.file("sv/omraden/sofielund/2022-2023/")).text());
        assertTrue(sv.contains("Caroline Tandefeldt, Enhetschef, Trygghet & samordnad tillsyn, Miljöförvaltningen"), "an organisation the title does not name is kept");
    }

    @Test
    void englishCommitmentsAndProblemsBeginWithACapitalAsTheOthersDo() {
        int checked = 0;
        for (Path file : promisePages()) {
            if (!site.root().relativize(file).startsWith("en")) {
                continue;
            }
            Document page = site.page(file);
            for (Element item : page.select(".commitment__text, #situation ol.problems > li")) {
                String text = item.text();
                assertFalse(Character.isLowerCase(text.codePointAt(0)), file + ": " + text);
                checked++;
            }
        }
        assertTrue(checked > 60, "items checked: " + checked);
    }

    @Test
    void searchResultsNamePeriodsAsThePagesDo() throws IOException {
        for (String lang : List.of("sv", "en")) {
            JsonNode index = new ObjectMapper().readTree(site.root().resolve("search/" + lang + ".json").toFile());
            int promises = 0;
            for (JsonNode document : index) {
                if (document.get("kind").asText().equals("promise")) {
                    String caption = site.page(site.file(document.get("url").asText())).selectFirst(".page-header__caption").text();
                    String period = caption.substring(caption.indexOf(" · ") + 3);
                    assertTrue(document.get("title").asText().contains(", " + period + ": "), document.get("title").asText());
                    promises++;
                }
            }
            assertEquals(7, promises, lang);
        }
    }

    /** The pages of promise periods, in both languages, without the areas' history pages. */
    private List<Path> promisePages() {
        return site.pages().stream().filter(f -> {
            Path path = site.root().relativize(f);
            return path.getNameCount() == 5 && AREAS_SEGMENT.get(path.getName(0).toString()) != null
                    && path.getName(1).toString().equals(AREAS_SEGMENT.get(path.getName(0).toString()))
                    && !path.getName(3).toString().matches("historik|history");
        }).toList();
    }

    private Path fileOfUrl(String url) {
        String path = url.substring(url.indexOf('/', BASE_URL_PREFIX.length()) + 1);
        return site.file(path);
    }
}
