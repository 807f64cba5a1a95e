package se.medborgarloften.plan;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.RedirectList.Redirect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The redirects a period's own redirect implies for its comparisons. Comparison pages are not listed among
 * the published addresses (they follow from the periods, 45 of them for ten periods), yet readers cite them;
 * when a period is renamed or removed, and its page redirected, each comparison it was part of leads on too:
 * to the same comparison with the period's new name, or else to the area's page, which lists the others.
 */
final class ComparisonRedirects {

    private final UrlScheme urls;
    private final List<String> languages;
    private final Map<String, AreaHistory> areas = new LinkedHashMap<>();

    ComparisonRedirects(UrlScheme urls, List<String> languages, List<AreaHistory> areas) {
        this.urls = urls;
        this.languages = languages;
        areas.forEach(area -> this.areas.put(area.id(), area));
    }

    /** The comparisons' redirects, for addresses that are neither pages nor redirected already. */
    List<Redirect> implied(List<Redirect> declared, Set<String> pages) {
        Set<String> taken = new LinkedHashSet<>(pages);
        declared.forEach(redirect -> taken.add(redirect.from()));
        List<Redirect> implied = new ArrayList<>();
        for (String language : languages) {
            removedPeriods(declared, language).forEach((areaId, removed) -> {
                Set<String> periods = new LinkedHashSet<>(removed.keySet());
                AreaHistory area = areas.get(areaId);
                if (area != null) {
                    area.periods().stream().map(PromisePeriod::id).forEach(periods::add);
                }
                for (String period : removed.keySet()) {
                    for (String other : periods) {
                        String from = comparison(language, areaId, period, other);
                        if (!other.equals(period) && taken.add(from)) {
                            implied.add(new Redirect(from, target(language, areaId, removed, period, other, pages)));
                        }
                    }
                }
            });
        }
        return implied;
    }

    /** By area, the periods whose pages in this language are redirected, and where each now leads. */
    private Map<String, Map<String, String>> removedPeriods(List<Redirect> declared, String language) {
        Map<String, Map<String, String>> removed = new TreeMap<>();
        String areasPrefix = urls.areas(language);
        for (Redirect redirect : declared) {
            if (!redirect.from().startsWith(areasPrefix)) {
                continue;
            }
            String[] segments = redirect.from().substring(areasPrefix.length()).split("/");
            if (segments.length == 2 && redirect.from().equals(urls.promise(language, segments[0], segments[1]))) {
                removed.computeIfAbsent(segments[0], a -> new TreeMap<>()).put(segments[1], redirect.to());
            }
        }
        return removed;
    }

    private String target(String language, String areaId, Map<String, String> removed, String period, String other,
                          Set<String> pages) {
        String renamed = renamed(language, areaId, removed.get(period));
        String otherNow = removed.containsKey(other) ? renamed(language, areaId, removed.get(other)) : other;
        if (renamed != null && otherNow != null && !renamed.equals(otherNow)) {
            for (String candidate : List.of(urls.comparison(language, areaId, renamed, otherNow),
                    urls.comparison(language, areaId, otherNow, renamed))) {
                if (pages.contains(candidate)) {
                    return candidate;
                }
            }
        }
        String area = urls.area(language, areaId);
        return pages.contains(area) ? area : removed.get(period);
    }

    /** The period of the same area a redirect leads to, or null when it leads elsewhere. */
    private String renamed(String language, String areaId, String to) {
        AreaHistory area = areas.get(areaId);
        if (area == null) {
            return null;
        }
        return area.periods().stream().map(PromisePeriod::id)
                .filter(id -> urls.promise(language, areaId, id).equals(to)).findFirst().orElse(null);
    }

    /**
     * A comparison's address, earlier period first. A period's folder starts with its first year, so the
     * folders' order is the periods' order; a removed period's dates are no longer known.
     */
    private String comparison(String language, String areaId, String a, String b) {
        return a.compareTo(b) <= 0 ? urls.comparison(language, areaId, a, b) : urls.comparison(language, areaId, b, a);
    }
}
