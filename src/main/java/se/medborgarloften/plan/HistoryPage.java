package se.medborgarloften.plan;

import se.medborgarloften.model.AreaHistory;

/**
 * What an area's history page is about: every period of the area side by side (see {@link AreaHistoryTable},
 * worked out when the page is rendered). One page per area and language, whatever the number of its periods.
 */
public record HistoryPage(AreaHistory area) {

    public String areaId() {
        return area.id();
    }

    public static String key(String areaId) {
        return "history/" + areaId;
    }
}
