package se.medborgarloften.model;

/** A period from its start to its end, both as precise as the source gives them. */
public record DateRange(PartialDate start, PartialDate end) {

    /** Whether any part of this period falls in the given calendar year. */
    public boolean covers(int year) {
        return start.year() <= year && year <= end.year();
    }

    /** Whether the period ends before it starts, comparing at the precision both share. */
    public boolean endsBeforeItStarts() {
        if (end.year() != start.year()) {
            return end.year() < start.year();
        }
        return end.lastMonth() < start.firstMonth();
    }
}
