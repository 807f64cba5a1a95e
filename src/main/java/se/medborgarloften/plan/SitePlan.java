package se.medborgarloften.plan;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every page of the site, in every language, and the way from a page key to its address. */
public record SitePlan(List<PlannedPage> pages, List<ArchiveYear> archiveYears, Map<String, PlannedPage> byKeyAndLanguage) {

    public SitePlan(List<PlannedPage> pages, List<ArchiveYear> archiveYears) {
        this(pages, archiveYears, pages.stream().collect(Collectors.toUnmodifiableMap(
                p -> p.key() + "|" + p.language(), Function.identity())));
    }

    public SitePlan {
        pages = List.copyOf(pages);
        archiveYears = List.copyOf(archiveYears);
        byKeyAndLanguage = Map.copyOf(byKeyAndLanguage);
    }

    /** The page with this key in this language; fails loudly so a template can never link to nothing. */
    public PlannedPage page(String key, String language) {
        PlannedPage page = byKeyAndLanguage.get(key + "|" + language);
        if (page == null) {
            throw new IllegalArgumentException("No page \"" + key + "\" in language \"" + language + "\"");
        }
        return page;
    }

    public boolean has(String key, String language) {
        return byKeyAndLanguage.containsKey(key + "|" + language);
    }
}
