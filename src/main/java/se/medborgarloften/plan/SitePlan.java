package se.medborgarloften.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every page of the site, in every language, and the way from a page key to its address; with the
 * compared pairs of periods of each area, which several pages show.
 */
public record SitePlan(List<PlannedPage> pages, List<ArchiveYear> archiveYears,
                       Map<String, List<PeriodPair>> comparisons,
                       Map<String, Map<String, PlannedPage>> byLanguageAndKey, Set<String> paths,
                       Map<String, List<PlannedPage>> pagesByArea) {

    public SitePlan(List<PlannedPage> pages, List<ArchiveYear> archiveYears,
                    Map<String, List<PeriodPair>> comparisons) {
        this(pages, archiveYears, comparisons,
                pages.stream().collect(Collectors.groupingBy(PlannedPage::language,
                        Collectors.toUnmodifiableMap(PlannedPage::key, Function.identity()))),
                pages.stream().filter(p -> !p.template().equals("redirect")).map(PlannedPage::path)
                        .collect(Collectors.toUnmodifiableSet()),
                pages.stream().filter(p -> p.areaId() != null).collect(Collectors.groupingBy(PlannedPage::areaId)));
    }

    public SitePlan {
        pages = List.copyOf(pages);
        archiveYears = List.copyOf(archiveYears);
        comparisons = Map.copyOf(comparisons);
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

    /** The pairs of periods of this area that have a comparison page. */
    public List<PeriodPair> comparisonsOf(String areaId) {
        return comparisons.getOrDefault(areaId, List.of());
    }

    /** The pages and files of this area, in plan order. */
    public List<PlannedPage> pagesOf(String areaId) {
        return pagesByArea.getOrDefault(areaId, List.of());
    }
}
