package se.medborgarloften.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every page of the site, in every language, and the way from a page key to its address. */
public record SitePlan(List<PlannedPage> pages, List<ArchiveYear> archiveYears,
                       Map<String, Map<String, PlannedPage>> byLanguageAndKey, Set<String> paths,
                       Map<String, List<PlannedPage>> pagesByArea) {

    public SitePlan(List<PlannedPage> pages, List<ArchiveYear> archiveYears) {
        this(pages, archiveYears, byLanguageAndKey(pages), Set.copyOf(pathsOf(pages)), byArea(pages));
    }

    // The indexes are made in plain loops: streams' collectors made them almost half of planning, which every
    // live-preview rebuild waits for.

    private static Map<String, Map<String, PlannedPage>> byLanguageAndKey(List<PlannedPage> pages) {
        Map<String, Map<String, PlannedPage>> byLanguage = new HashMap<>();
        for (PlannedPage page : pages) {
            PlannedPage other = byLanguage.computeIfAbsent(page.language(), l -> new HashMap<>(pages.size()))
                    .put(page.key(), page);
            if (other != null) {
                throw new IllegalStateException("Two pages \"" + page.key() + "\" in language \"" + page.language() + "\"");
            }
        }
        byLanguage.replaceAll((language, byKey) -> Collections.unmodifiableMap(byKey));
        return byLanguage;
    }

    private static List<String> pathsOf(List<PlannedPage> pages) {
        List<String> paths = new ArrayList<>(pages.size());
        for (PlannedPage page : pages) {
            if (!page.template().equals("redirect")) {
                paths.add(page.path());
            }
        }
        return paths;
    }

    private static Map<String, List<PlannedPage>> byArea(List<PlannedPage> pages) {
        Map<String, List<PlannedPage>> byArea = new HashMap<>();
        for (PlannedPage page : pages) {
            if (page.areaId() != null) {
                byArea.computeIfAbsent(page.areaId(), a -> new ArrayList<>()).add(page);
            }
        }
        byArea.replaceAll((area, ofArea) -> Collections.unmodifiableList(ofArea));
        return byArea;
    }

    public SitePlan {
        pages = List.copyOf(pages);
        archiveYears = List.copyOf(archiveYears);
        byLanguageAndKey = Map.copyOf(byLanguageAndKey);
        paths = Set.copyOf(paths);
        pagesByArea = Map.copyOf(pagesByArea);
    }

    /** The page with this key in this language; fails loudly so a template can never link to nothing. */
    public PlannedPage page(String key, String language) {
        // Two look-ups rather than one by a joined key: templates ask for hundreds of thousands of links.
        PlannedPage page = byLanguageAndKey.getOrDefault(language, Map.of()).get(key);
        if (page == null) {
            throw new IllegalArgumentException("No page \"" + key + "\" in language \"" + language + "\"");
        }
        return page;
    }

    public boolean has(String key, String language) {
        return byLanguageAndKey.getOrDefault(language, Map.of()).containsKey(key);
    }

    /** Whether a page (not a redirect) has this address. */
    public boolean hasPath(String path) {
        return paths.contains(path);
    }

    /** Whether this address is a redirect page (declared, or implied for a published comparison). */
    public boolean redirects(String path) {
        int slash = path.indexOf('/');
        return slash > 0 && has("redirect/" + path, path.substring(0, slash));
    }

    /** The pages and files of this area, in plan order. */
    public List<PlannedPage> pagesOf(String areaId) {
        return pagesByArea.getOrDefault(areaId, List.of());
    }
}
