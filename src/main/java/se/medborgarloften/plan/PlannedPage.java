package se.medborgarloften.plan;

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
        alternates = Map.copyOf(alternates);
    }

    public String outputFile() {
        return path + "index.html";
    }

    /**
     * Whether the address must stay published forever (see content/published-urls.txt). Comparisons follow
     * from their periods and redirects are already the fallback, so neither is recorded.
     */
    public boolean permanent() {
        return !template.equals("compare") && !template.equals("redirect");
    }
}
