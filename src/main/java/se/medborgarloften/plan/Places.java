package se.medborgarloften.plan;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.Organisation;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where the areas are: their municipalities, grouped by the county each municipality's organisation belongs to
 * in content/organisations.json (a parent of kind "county", if any). A site of one municipality (the real Malmö
 * content) has no place level at all: its pages list the areas themselves. A site of several municipalities
 * gets a page per municipality, and its overview and archive years summarise by county and municipality and
 * open one municipality at a time, so that no page grows with the number of areas in the country.
 *
 * @param counties in the order of content/organisations.json; municipalities without a county come last,
 *                 under a county of null
 */
public record Places(List<County> counties) {

    /** The id of the group of municipalities whose organisations name no county. */
    public static final String WITHOUT_COUNTY = "utan-lan";

    public Places {
        counties = List.copyOf(counties);
    }

    /** A county (null when its municipalities name none) and its municipalities that have areas. */
    public record County(Organisation county, List<Municipality> municipalities) {
        public County {
            municipalities = List.copyOf(municipalities);
        }

        /** The county's organisation id; "utan-lan" for the municipalities that name no county. */
        public String id() {
            return county == null ? WITHOUT_COUNTY : county.id();
        }

        /** Of these periods, those of this county's areas. */
        public List<PromisePeriod> own(List<PromisePeriod> periods) {
            Set<String> ids = municipalities.stream().flatMap(m -> m.areas().stream()).map(AreaHistory::id)
                    .collect(Collectors.toSet());
            return periods.stream().filter(p -> ids.contains(p.areaId())).toList();
        }

        public int areaCount() {
            return municipalities.stream().mapToInt(m -> m.areas().size()).sum();
        }
    }

    /** A municipality and its areas, in the order of the site's list of areas. */
    public record Municipality(Organisation municipality, List<AreaHistory> areas) {
        public Municipality {
            areas = List.copyOf(areas);
        }

        public String id() {
            return municipality.id();
        }

        public int periodCount() {
            return areas.stream().mapToInt(a -> a.periods().size()).sum();
        }

        /** Of these periods, those of this municipality's areas. */
        public List<PromisePeriod> own(List<PromisePeriod> periods) {
            Set<String> ids = areas.stream().map(AreaHistory::id).collect(Collectors.toSet());
            return periods.stream().filter(p -> ids.contains(p.areaId())).toList();
        }
    }

    public static Places of(SiteContent content) {
        Map<String, List<AreaHistory>> byMunicipality = new LinkedHashMap<>();
        for (AreaHistory area : content.areas()) {
            byMunicipality.computeIfAbsent(area.area().municipality(), m -> new ArrayList<>()).add(area);
        }
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv"));
        Comparator<Municipality> byName = Comparator.comparing(m -> m.municipality().name().in("sv"), swedish);
        Map<String, List<Municipality>> byCounty = new LinkedHashMap<>();
        for (var entry : byMunicipality.entrySet()) {
            Organisation municipality = content.organisation(entry.getKey());
            Organisation county = ancestor(content, municipality, o -> "county".equals(o.kind()));
            byCounty.computeIfAbsent(county == null ? "" : county.id(), c -> new ArrayList<>())
                    .add(new Municipality(municipality, entry.getValue()));
        }
        List<County> counties = new ArrayList<>();
        for (Organisation organisation : content.organisations()) {
            List<Municipality> in = byCounty.get(organisation.id());
            if ("county".equals(organisation.kind()) && in != null) {
                in.sort(byName);
                counties.add(new County(organisation, in));
            }
        }
        List<Municipality> withoutCounty = byCounty.get("");
        if (withoutCounty != null) {
            withoutCounty.sort(byName);
            counties.add(new County(null, withoutCounty));
        }
        return new Places(counties);
    }

    /** The nearest organisation above this one (by "parent") that matches, or null. */
    private static Organisation ancestor(SiteContent content, Organisation organisation, Predicate<Organisation> matches) {
        Set<String> seen = new java.util.HashSet<>();
        String parent = organisation.parent();
        while (parent != null && seen.add(parent) && content.organisationsById().containsKey(parent)) {
            Organisation up = content.organisation(parent);
            if (matches.test(up)) {
                return up;
            }
            parent = up.parent();
        }
        return null;
    }

    public List<Municipality> municipalities() {
        return counties.stream().flatMap(c -> c.municipalities().stream()).toList();
    }

    /**
     * Whether the site spans several municipalities and so is navigated by place. One municipality needs no
     * level above its areas.
     */
    public boolean national() {
        return municipalities().size() > 1;
    }

    /** Whether any municipality names a county: then the lists are grouped by county too. */
    public boolean hasCounties() {
        return counties.stream().anyMatch(c -> c.county() != null);
    }

    /** The municipality an area belongs to. */
    public Municipality municipalityOf(AreaHistory area) {
        return municipalities().stream().filter(m -> m.id().equals(area.area().municipality())).findFirst().orElseThrow();
    }
}
