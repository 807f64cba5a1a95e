package se.medborgarloften.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything in content/, validated and tied together. */
public record SiteContent(SiteSettings site, List<Organisation> organisations, List<AreaHistory> areas,
                          List<NewsArticle> news, List<PageDocument> pages, List<RedirectList.Redirect> redirects,
                          List<ArchivedSource> sources, Map<String, Organisation> organisationsById,
                          Map<String, AreaHistory> areasById, Map<String, ArchivedSource> sourcesByName) {

    public SiteContent(SiteSettings site, List<Organisation> organisations, List<AreaHistory> areas,
                       List<NewsArticle> news, List<PageDocument> pages, List<RedirectList.Redirect> redirects,
                       List<ArchivedSource> sources) {
        this(site, organisations, areas, news, pages, redirects, sources,
                organisations.stream().collect(Collectors.toUnmodifiableMap(Organisation::id, Function.identity(), (a, b) -> a)),
                areas.stream().collect(Collectors.toUnmodifiableMap(AreaHistory::id, Function.identity(), (a, b) -> a)),
                sources.stream().collect(Collectors.toUnmodifiableMap(ArchivedSource::name, Function.identity(), (a, b) -> a)));
    }

    public SiteContent {
        organisations = List.copyOf(organisations);
        areas = List.copyOf(areas);
        news = List.copyOf(news);
        pages = List.copyOf(pages);
        redirects = List.copyOf(redirects);
        sources = List.copyOf(sources);
        sourcesByName = Map.copyOf(sourcesByName);
        organisationsById = Map.copyOf(organisationsById);
        areasById = Map.copyOf(areasById);
    }

    public Organisation organisation(String id) {
        Organisation o = organisationsById.get(id);
        if (o == null) {
            throw new IllegalArgumentException("Unknown organisation " + id);
        }
        return o;
    }

    /** The same content with only these areas: what a page that reads only them may see. */
    public SiteContent withAreas(List<AreaHistory> visible) {
        return new SiteContent(site, organisations, visible, news, pages, redirects, sources);
    }

    /** The archived text a source's "reference" names, if content/sources/ has it. */
    public Optional<ArchivedSource> archivedSource(String reference) {
        return reference == null ? Optional.empty() : Optional.ofNullable(sourcesByName.get(reference));
    }

    public Optional<AreaHistory> area(String id) {
        return Optional.ofNullable(areasById.get(id));
    }

    public Optional<PromisePeriod> period(String areaId, String periodId) {
        return area(areaId).flatMap(a -> a.period(periodId));
    }

    public List<PromisePeriod> allPeriods() {
        return areas.stream().flatMap(a -> a.periods().stream()).toList();
    }

    public Optional<PageDocument> pageWithRole(String role) {
        return pages.stream().filter(p -> role.equals(p.page().role())).findFirst();
    }
}
