package se.medborgarloften.render;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteSettings;
import se.medborgarloften.plan.HistoryPage;
import se.medborgarloften.plan.PlannedPage;
import se.medborgarloften.plan.SitePlan;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

/**
 * Links from a page, which templates read as {@code links}: to another page by its key (so a link to a page that
 * does not exist fails the build), to a file below the site's root, and absolute addresses. A page of an area links
 * only to its own area's pages and the site's (the area guard).
 */
public final class Links {

    private final PlannedPage planned;
    private final SitePlan plan;
    private final SiteSettings site;
    private final String[] folderSegments;
    /** Fails when a page of one area refers to another area. */
    private final Consumer<PlannedPage> guard;

    Links(PlannedPage planned, SitePlan plan, SiteSettings site, Consumer<PlannedPage> guard) {
        this.planned = planned;
        this.plan = plan;
        this.site = site;
        this.guard = guard;
        String folder = planned.folder();
        this.folderSegments = folder.isEmpty() ? new String[0] : folder.split("/");
    }

    /** A link from this page to the page with this key, in this page's language. */
    public String page(String key) {
        return relative(target(key, planned.language()).path());
    }

    public String page(String key, String fragment) {
        return page(key) + "#" + fragment;
    }

    public String promise(PromisePeriod period) {
        return page("promise/" + period.areaId() + "/" + period.id());
    }

    public String area(AreaHistory area) {
        return page("area/" + area.id());
    }

    public String history(AreaHistory area) {
        return page(HistoryPage.key(area.id()));
    }

    /** A link to a file (not a page) below the site root, e.g. data/commitments.csv. */
    public String file(String sitePath) {
        return relative(sitePath);
    }

    /** The way from this page up to the site root, for assets: "../../". */
    public String getRoot() {
        return relative("");
    }

    /** The absolute address of the page with this key in this page's language. */
    public String absolutePage(String key) {
        return absolute(target(key, planned.language()).path());
    }

    /** The path of a page below the site root, for pages that link through &lt;base&gt;. */
    public String pathIn(String key, String language) {
        return target(key, language).path();
    }

    /** The site's root path on its server, e.g. "/" or "/repository/" for a GitHub Pages project site. */
    public String getRootPath() {
        return URI.create(site.baseUrl()).getPath();
    }

    public String absolute(String path) {
        return site.baseUrl() + path;
    }

    public String getCanonical() {
        return absolute(planned.path());
    }

    /** This page in every language, for hreflang links and the language switch. */
    public List<Alternate> getAlternates() {
        return site.languages().stream()
                .filter(l -> planned.alternates().containsKey(l.code()))
                .map(l -> new Alternate(l.code(), l.name(), relative(planned.alternates().get(l.code())),
                        absolute(planned.alternates().get(l.code())), l.code().equals(planned.language())))
                .toList();
    }

    public String getDefaultUrl() {
        return absolute("");
    }

    /** One language version of the current page. */
    public record Alternate(String lang, String name, String href, String url, boolean current) {
    }

    /** A planned page this page refers to, once the guard lets it: only what the page declared it reads. */
    private PlannedPage target(String key, String language) {
        PlannedPage target = plan.page(key, language);
        guard.accept(target);
        return target;
    }

    private String relative(String target) {
        // Compared in place against the folder's segments, split once per page: every page has dozens of links.
        int common = 0;
        int position = 0;
        while (common < folderSegments.length) {
            String segment = folderSegments[common];
            int end = position + segment.length();
            if (!target.startsWith(segment, position) || end < target.length() && target.charAt(end) != '/') {
                break;
            }
            common++;
            position = Math.min(end + 1, target.length());
        }
        String link = "../".repeat(folderSegments.length - common) + target.substring(position);
        return link.isEmpty() ? "./" : link;
    }
}
