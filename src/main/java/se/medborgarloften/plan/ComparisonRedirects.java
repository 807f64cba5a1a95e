package se.medborgarloften.plan;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.RedirectList.Redirect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the comparison pages the site once published now lead. The site compared every pair of an area's
 * periods on a page of its own (45 pages per area and language at ten periods); it now shows each period's
 * changes since the one before on the period's page, and every period side by side on the area's history page.
 * Every comparison address content/published-urls.txt lists becomes a redirect, with no entry in
 * content/redirects.json:
 * <ul>
 * <li>two consecutive periods of the area lead to the later period's page, at its changes since the earlier
 *     ({@code #changes}), which shows what the comparison showed;</li>
 * <li>any other pair leads to the area's history page, where the two are columns of one table.</li>
 * </ul>
 * A period renamed by a redirect of its page to another period of the area counts as that period. When the area
 * itself is gone and its page redirected, its comparisons lead where its page does; otherwise the address has
 * no redirect, and the build fails until content/redirects.json gives one (see {@link PublishedUrlGuard}).
 */
final class ComparisonRedirects {

    /** A redirect the build makes by itself, to a place on its page ({@code fragment}, "" for the top). */
    record Implied(String from, String to, String fragment) {
    }

    /** The fragment of a period page's changes since the previous period. */
    static final String CHANGES = "changes";

    private final UrlScheme urls;
    private final List<String> languages;
    private final Map<String, AreaHistory> areas = new LinkedHashMap<>();

    ComparisonRedirects(UrlScheme urls, List<String> languages, List<AreaHistory> areas) {
        this.urls = urls;
        this.languages = languages;
        areas.forEach(area -> this.areas.put(area.id(), area));
    }

    /** The redirects of the published comparison addresses that are not pages or declared redirects. */
    List<Implied> of(List<String> published, List<Redirect> declared, Set<String> pages) {
        Map<String, String> declaredTo = new HashMap<>();
        declared.forEach(redirect -> declaredTo.putIfAbsent(redirect.from(), redirect.to()));
        List<Implied> implied = new ArrayList<>();
        for (String address : published) {
            if (pages.contains(address) || declaredTo.containsKey(address)) {
                continue;
            }
            for (String language : languages) {
                comparison(language, address).flatMap(c -> target(language, c, declaredTo, pages))
                        .ifPresent(target -> implied.add(new Implied(address, target[0], target[1])));
            }
        }
        return implied;
    }

    /** A comparison's address split into area, earlier and later period; empty for any other address. */
    private record Comparison(String area, String before, String after) {
    }

    private Optional<Comparison> comparison(String language, String address) {
        String prefix = urls.areas(language);
        if (!address.startsWith(prefix) || !address.endsWith("/")) {
            return Optional.empty();
        }
        String[] segments = address.substring(prefix.length(), address.length() - 1).split("/");
        if (segments.length != 4 || !segments[1].equals(urls.comparisonSegment(language))) {
            return Optional.empty();
        }
        return Optional.of(new Comparison(segments[0], segments[2], segments[3]));
    }

    /** The address and fragment a published comparison leads to, or empty when it has nowhere to go. */
    private Optional<String[]> target(String language, Comparison c, Map<String, String> declaredTo, Set<String> pages) {
        AreaHistory area = areas.get(c.area());
        if (area == null) {
            String areaNow = declaredTo.get(urls.area(language, c.area()));
            return areaNow != null && pages.contains(areaNow) ? Optional.of(new String[] {areaNow, ""}) : Optional.empty();
        }
        Optional<PromisePeriod> before = period(language, area, c.before(), declaredTo);
        Optional<PromisePeriod> after = period(language, area, c.after(), declaredTo);
        if (before.isPresent() && after.isPresent() && area.next(before.get()).equals(after)) {
            String later = urls.promise(language, area.id(), after.get().id());
            if (pages.contains(later)) {
                return Optional.of(new String[] {later, CHANGES});
            }
        }
        String history = urls.history(language, area.id());
        return pages.contains(history) ? Optional.of(new String[] {history, ""}) : Optional.empty();
    }

    /** The period of the area with this folder name, or the one its page now redirects to. */
    private Optional<PromisePeriod> period(String language, AreaHistory area, String id, Map<String, String> declaredTo) {
        Optional<PromisePeriod> period = area.period(id);
        if (period.isPresent()) {
            return period;
        }
        String to = declaredTo.get(urls.promise(language, area.id(), id));
        return to == null ? Optional.empty() : area.periods().stream()
                .filter(p -> urls.promise(language, area.id(), p.id()).equals(to)).findFirst();
    }
}
