package se.medborgarloften.plan;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.PromisePeriod;

import java.util.Map;

/**
 * One page in one language.
 *
 * @param key        the same for every language version, e.g. "promise/rosengard/2024-2025"
 * @param template   the JBake document type, which names the template (see jbake.properties)
 * @param path       the address below the site root, ending in "/" (the file is path + index.html)
 * @param alternates the same page's path in every language, including this one
 * @param subject    what the page shows: an area, a promise period, a news article, an archive year …
 */
public record PlannedPage(String key, String template, String language, String path, Map<String, String> alternates,
                          Object subject) {

    public PlannedPage {
        // In the site's language order, so that every sitemap and page lists them the same way.
        alternates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alternates));
    }

    /**
     * A page is its address: two planned pages with the same path are the same page. The record's own
     * equality would compare the subject, which can be a whole area's history, on every map look-up.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PlannedPage page && page.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    /**
     * The area this page belongs to (the area page, its history and its promise periods), or null for a
     * page about the whole site.
     */
    public String areaId() {
        if (subject instanceof AreaHistory area) {
            return area.id();
        }
        if (subject instanceof PromisePeriod period) {
            return period.areaId();
        }
        if (subject instanceof HistoryPage history) {
            return history.areaId();
        }
        if (subject instanceof SitemapPart part) {
            return part.areaId();
        }
        return null;
    }

    /** The file written: index.html in the page's folder, or the path itself for a file such as atom.xml. */
    public String outputFile() {
        return isFile() ? path : path + "index.html";
    }

    /** Whether the address names a file (sitemap.xml, sv/atom.xml, 404.html) rather than a folder. */
    public boolean isFile() {
        return !path.isEmpty() && !path.endsWith("/");
    }

    /** The folder the page's relative links start from. */
    public String folder() {
        return isFile() ? path.substring(0, path.lastIndexOf('/') + 1) : path;
    }

    /**
     * Whether the address must stay published forever (see content/published-urls.txt). Redirects are already
     * the fallback, so they are not recorded.
     */
    public boolean permanent() {
        return !isFile() && !template.equals("redirect");
    }
}
