package se.medborgarloften.plan;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.LocalizedText;
import se.medborgarloften.model.NewsArticle;
import se.medborgarloften.model.PageDocument;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.model.SiteSettings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Plans every page: one per language for each area, its history, its periods, each archive year, news item and
 * static page. An area's pages grow with its periods: one each, and one history page for them all.
 */
public final class PagePlanner {

    /** How many items the feed holds. */
    public static final int FEED_LENGTH = 100;

    /** How many follow-ups the home page lists; the archive lists them all. */
    public static final int HOME_FOLLOW_UPS = 10;

    /** The language chooser at the site root, the target of x-default. */
    public static final String ROOT = "root";

    private final SiteContent content;
    private final UrlScheme urls;
    private final List<String> languages;
    private final List<String> published;

    public PagePlanner(SiteContent content, UrlScheme urls) {
        this(content, urls, List.of());
    }

    /**
     * @param published the addresses content/published-urls.txt lists: the comparison pages among them (the
     *                  site no longer has any) become redirects, see {@link ComparisonRedirects}
     */
    public PagePlanner(SiteContent content, UrlScheme urls, List<String> published) {
        this.content = content;
        this.urls = urls;
        this.languages = content.site().languages().stream().map(SiteSettings.Language::code).toList();
        this.published = List.copyOf(published);
    }

    public SitePlan plan() {
        List<PlannedPage> pages = new ArrayList<>();
        pages.add(new PlannedPage(ROOT, "root", content.site().defaultLanguage(), "", Map.of(), content));
        add(pages, "home", "home", urls::home, latestFollowUps());
        add(pages, "areas", "areas", urls::areas, content.areas());
        for (AreaHistory area : content.areas()) {
            add(pages, "area/" + area.id(), "area", lang -> urls.area(lang, area.id()), area);
            add(pages, HistoryPage.key(area.id()), "history", lang -> urls.history(lang, area.id()), new HistoryPage(area));
            for (PromisePeriod period : area.periods()) {
                add(pages, promiseKey(period), "promise",
                        lang -> urls.promise(lang, period.areaId(), period.id()), period);
            }
        }
        List<ArchiveYear> years = archiveYears();
        add(pages, "archive", "archive", urls::archive, years);
        for (ArchiveYear year : years) {
            add(pages, "archive/" + year.year(), "archive-year", lang -> urls.archiveYear(lang, year.year()), year);
        }
        addPlaces(pages, years);
        add(pages, "news", "news-index", urls::news, content.news());
        for (NewsArticle article : content.news()) {
            add(pages, "news/" + article.id(), "news", lang -> urls.newsItem(lang, slug(article.item().slug(), lang)), article);
        }
        for (PageDocument page : content.pages()) {
            add(pages, "page/" + page.id(), "page", lang -> urls.page(lang, slug(page.page().slug(), lang)), page);
        }
        for (SourceDocument source : SourceDocument.of(content)) {
            add(pages, sourceKey(source.text().slug()), "source", lang -> urls.source(lang, source.text().slug()), source);
        }
        add(pages, "open-data", "open-data", urls::openData, content);
        add(pages, "overview", "overview", urls::overview, content);
        add(pages, "search", "search", urls::search, content);
        add(pages, "feed", "feed", urls::feed, feedItems());
        String defaultLanguage = content.site().defaultLanguage();
        pages.add(new PlannedPage("sitemap", "sitemap", defaultLanguage, "sitemap.xml", Map.of(), content));
        pages.add(new PlannedPage("sitemap/site", SitemapPart.TEMPLATE, defaultLanguage, "sitemaps/site.xml", Map.of(),
                new SitemapPart(null)));
        for (AreaHistory area : content.areas()) {
            pages.add(new PlannedPage("sitemap/area/" + area.id(), SitemapPart.TEMPLATE, defaultLanguage,
                    "sitemaps/areas/" + area.id() + ".xml", Map.of(), new SitemapPart(area.id())));
        }
        pages.add(new PlannedPage("robots", "robots", defaultLanguage, "robots.txt", Map.of(), content));
        // The server shows the root 404.html, in every language; each language also has its own.
        pages.add(new PlannedPage("not-found", "not-found", defaultLanguage, "404.html", Map.of(), content));
        for (String language : languages) {
            pages.add(new PlannedPage("not-found/" + language, "not-found", language, language + "/404.html", Map.of(), content));
        }
        pages.addAll(redirectPages(pages));
        return new SitePlan(pages, years);
    }

    /**
     * A page at each old address that leads on to its new one, and at each published comparison address (see
     * {@link ComparisonRedirects}); a redirect to nowhere is left to the guard.
     */
    private List<PlannedPage> redirectPages(List<PlannedPage> pages) {
        Map<String, PlannedPage> byPath = new HashMap<>(pages.size() * 2);
        pages.forEach(p -> byPath.put(p.path(), p));
        List<PlannedPage> redirects = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (var redirect : content.redirects()) {
            add(redirects, byPath, taken, redirect.from(), redirect.to(), "");
        }
        for (var implied : new ComparisonRedirects(urls, languages, content.areas())
                .of(published, content.redirects(), byPath.keySet())) {
            add(redirects, byPath, taken, implied.from(), implied.to(), implied.fragment());
        }
        return redirects;
    }

    private static void add(List<PlannedPage> redirects, Map<String, PlannedPage> byPath, Set<String> taken,
                            String from, String to, String fragment) {
        PlannedPage target = byPath.get(to);
        if (target != null && !byPath.containsKey(from) && taken.add(from)) {
            String language = from.substring(0, from.indexOf('/'));
            redirects.add(new PlannedPage("redirect/" + from, "redirect", language, from,
                    Map.of(language, from), new RedirectTarget(from, target, fragment)));
        }
    }

    /**
     * On a site of several municipalities, a page of areas per municipality, an overview per county and
     * municipality and each archive year per county, so that no page lists every area of the country (see
     * {@link Places}). A site of one municipality has none of these.
     */
    private void addPlaces(List<PlannedPage> pages, List<ArchiveYear> years) {
        Places places = Places.of(content);
        if (!places.national()) {
            return;
        }
        for (Places.County county : places.counties()) {
            add(pages, "overview/" + county.id(), "overview-county", lang -> urls.overviewOf(lang, county.id()), county);
            for (Places.Municipality municipality : county.municipalities()) {
                add(pages, "municipality/" + municipality.id(), "municipality",
                        lang -> urls.municipality(lang, municipality.id()), municipality);
                add(pages, "overview/" + municipality.id(), "overview-municipality",
                        lang -> urls.overviewOf(lang, municipality.id()), municipality);
            }
            for (ArchiveYear year : years) {
                CountyYear countyYear = CountyYear.of(year, county);
                if (!countyYear.promisesInForce().isEmpty() || !countyYear.followUpsPublished().isEmpty()) {
                    add(pages, "archive/" + year.year() + "/" + county.id(), "archive-year-county",
                            lang -> urls.archiveYearIn(lang, year.year(), county.id()), countyYear);
                }
            }
        }
    }

    /** The page of a source's archived text, by the file's name without ".txt". */
    public static String sourceKey(String slug) {
        return "source/" + slug;
    }

    public static String promiseKey(PromisePeriod period) {
        return "promise/" + period.areaId() + "/" + period.id();
    }

    private void add(List<PlannedPage> pages, String key, String template, Function<String, String> pathIn, Object subject) {
        Map<String, String> alternates = new LinkedHashMap<>();
        languages.forEach(lang -> alternates.put(lang, pathIn.apply(lang)));
        for (String lang : languages) {
            pages.add(new PlannedPage(key, template, lang, alternates.get(lang), alternates, subject));
        }
    }

    /** An untranslated slug falls back to the default language's, like the text it names. */
    private String slug(LocalizedText slug, String language) {
        return slug.has(language) ? slug.in(language) : slug.in(content.site().defaultLanguage());
    }

    /**
     * The follow-ups the home page lists: the newest {@value #HOME_FOLLOW_UPS} by when they were published
     * (those that do not say, last), then by their period. Listing every one would make a national site's home page
     * thousands of links long.
     */
    private List<PromisePeriod> latestFollowUps() {
        Comparator<PromisePeriod> byPublished = Comparator.comparing(period -> period.followUp().published(),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        Comparator<PromisePeriod> byStart = Comparator.comparing(period -> period.promise().period().start());
        return content.allPeriods().stream().filter(PromisePeriod::hasFollowUp)
                .sorted(byPublished.thenComparing(byStart).reversed()).limit(HOME_FOLLOW_UPS).toList();
    }

    /**
     * What the feed announces: the newest {@value #FEED_LENGTH} of the promise periods, follow-ups and news
     * items, newest first. Feed readers fetch the feed again and again for what is new; with every item of
     * a national site's ten years it was over a megabyte per language, and the archive lists them all.
     */
    private List<FeedItem> feedItems() {
        List<FeedItem> items = new ArrayList<>();
        for (PromisePeriod period : content.allPeriods()) {
            var promise = period.promise();
            items.add(new FeedItem("promise", promiseKey(period), "",
                    promise.title(), promise.published() != null ? promise.published() : promise.period().start()));
            if (period.hasFollowUp() && period.followUp().published() != null) {
                items.add(new FeedItem("follow-up", promiseKey(period), "follow-up", promise.title(), period.followUp().published()));
            }
        }
        content.news().forEach(n -> items.add(new FeedItem("news", "news/" + n.id(), "", n.item().title(), n.item().published())));
        items.sort(FeedItem.NEWEST_FIRST);
        return List.copyOf(items.subList(0, Math.min(FEED_LENGTH, items.size())));
    }

    /** Every year in which a promise was in force, a follow-up was published, or news appeared. */
    private List<ArchiveYear> archiveYears() {
        TreeSet<Integer> years = new TreeSet<>();
        for (PromisePeriod p : content.allPeriods()) {
            for (int y = p.promise().period().start().year(); y <= p.promise().period().end().year(); y++) {
                years.add(y);
            }
            if (p.hasFollowUp() && p.followUp().published() != null) {
                years.add(p.followUp().published().year());
            }
        }
        content.news().forEach(n -> years.add(n.item().published().year()));
        Comparator<PromisePeriod> byArea = Comparator.comparing(PromisePeriod::areaId).thenComparing(PromisePeriod::id);
        Map<Integer, ArchiveYear> result = new TreeMap<>();
        for (int year : years) {
            List<PromisePeriod> inForce = content.allPeriods().stream()
                    .filter(p -> p.promise().period().covers(year)).sorted(byArea).toList();
            List<PromisePeriod> followUps = content.allPeriods().stream()
                    .filter(p -> p.hasFollowUp() && p.followUp().published() != null
                            && p.followUp().published().year() == year)
                    .sorted(byArea).toList();
            List<NewsArticle> news = content.news().stream().filter(n -> n.item().published().year() == year).toList();
            result.put(year, new ArchiveYear(year, inForce, followUps, news));
        }
        return List.copyOf(result.values());
    }
}
