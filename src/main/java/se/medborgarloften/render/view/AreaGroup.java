package se.medborgarloften.render.view;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.PromisePeriod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An area and some of its periods, for a page that lists periods of several areas under their area's name. */
public record AreaGroup(AreaHistory area, List<PromisePeriod> periods) {

    public AreaGroup {
        periods = List.copyOf(periods);
    }

    /**
     * These periods grouped by area, in the order of the areas, each group keeping the periods' order; a period
     * of an area not in the list is left out, as the page may not show that area.
     */
    public static List<AreaGroup> byArea(List<PromisePeriod> periods, List<AreaHistory> areas) {
        Map<String, List<PromisePeriod>> byId = periods.stream()
                .collect(Collectors.groupingBy(PromisePeriod::areaId, Collectors.toList()));
        List<AreaGroup> groups = new ArrayList<>();
        for (AreaHistory area : areas) {
            List<PromisePeriod> inArea = byId.get(area.id());
            if (inArea != null) {
                groups.add(new AreaGroup(area, inArea));
            }
        }
        return List.copyOf(groups);
    }
}
