package se.medborgarloften.plan;

import java.util.Map;

/**
 * The site's addresses. The section names per language come from the UI message bundles (url.* keys),
 * everything after them from content folder names and slugs, so addresses are stable as long as those are.
 */
public final class UrlScheme {

    private final Map<String, Map<String, String>> messagesByLanguage;

    public UrlScheme(Map<String, Map<String, String>> messagesByLanguage) {
        this.messagesByLanguage = Map.copyOf(messagesByLanguage);
    }

    public String home(String language) {
        return language + "/";
    }

    public String areas(String language) {
        return home(language) + segment(language, "url.areas") + "/";
    }

    public String area(String language, String areaId) {
        return areas(language) + areaId + "/";
    }

    public String promise(String language, String areaId, String periodId) {
        return area(language, areaId) + periodId + "/";
    }

    /** An area's history: every period side by side. */
    public String history(String language, String areaId) {
        return area(language, areaId) + segment(language, "url.history") + "/";
    }

    /** The archived text of a source document, named by its file in content/sources/ without ".txt". */
    public String source(String language, String slug) {
        return home(language) + segment(language, "url.sources") + "/" + slug + "/";
    }

    public String openData(String language) {
        return home(language) + segment(language, "url.data") + "/";
    }

    public String overview(String language) {
        return home(language) + segment(language, "url.overview") + "/";
    }

    public String search(String language) {
        return home(language) + segment(language, "url.search") + "/";
    }

    public String feed(String language) {
        return home(language) + "atom.xml";
    }

    public String archive(String language) {
        return home(language) + segment(language, "url.archive") + "/";
    }

    public String archiveYear(String language, int year) {
        return archive(language) + year + "/";
    }

    public String news(String language) {
        return home(language) + segment(language, "url.news") + "/";
    }

    public String newsItem(String language, String slug) {
        return news(language) + slug + "/";
    }

    public String page(String language, String slug) {
        return home(language) + slug + "/";
    }

    /**
     * The folder below an area's address under which the site once published the comparison of two of its
     * periods, earlier first ({@code sv/omraden/AREA/jamfor/A/B/}): the site has no such pages any more, and
     * their addresses lead on (see {@link ComparisonRedirects}).
     */
    public String comparisonSegment(String language) {
        return segment(language, "url.compare");
    }

    private String segment(String language, String key) {
        String value = messagesByLanguage.getOrDefault(language, Map.of()).get(key);
        if (value == null) {
            throw new IllegalStateException("Missing " + key + " in templates/i18n/messages_" + language + ".properties");
        }
        return value;
    }
}
