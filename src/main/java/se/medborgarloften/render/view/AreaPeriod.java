package se.medborgarloften.render.view;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.PromisePeriod;

/** A promise period with its area, for a page that lists periods of several areas. */
public record AreaPeriod(AreaHistory area, PromisePeriod period) {
}
