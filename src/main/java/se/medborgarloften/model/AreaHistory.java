package se.medborgarloften.model;

import java.util.List;
import java.util.Optional;

/** An area with all its promise periods, oldest first. */
public record AreaHistory(Area area, List<PromisePeriod> periods, String sourceFile) {

    public AreaHistory {
        periods = List.copyOf(periods);
    }

    public String id() {
        return area.id();
    }

    public Optional<PromisePeriod> latest() {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
    }

    public Optional<PromisePeriod> period(String id) {
        return periods.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The period before the given one, if any. */
    public Optional<PromisePeriod> previous(PromisePeriod period) {
        int i = periods.indexOf(period);
        return i > 0 ? Optional.of(periods.get(i - 1)) : Optional.empty();
    }

    public Optional<PromisePeriod> next(PromisePeriod period) {
        int i = periods.indexOf(period);
        return i >= 0 && i < periods.size() - 1 ? Optional.of(periods.get(i + 1)) : Optional.empty();
    }
}
