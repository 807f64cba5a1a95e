package se.medborgarloften.render;

import se.medborgarloften.model.DateRange;
import se.medborgarloften.model.PartialDate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as a page writes them, which templates read as {@code dates}, and the day the archive is described as of. */
public final class Dates {

    private final LocalFormat format;
    private final LocalDate asOf;

    Dates(LocalFormat format, LocalDate asOf) {
        this.format = format;
        this.asOf = asOf;
    }

    public String date(PartialDate date) {
        return date == null ? "" : format.date(date);
    }

    /** A date in ISO form, for a time element's datetime. */
    public String iso(PartialDate date) {
        return date == null ? "" : LocalFormat.iso(date);
    }

    public String range(DateRange range) {
        return format.range(range);
    }

    /** A period in years where it runs from January to December ("2013"), otherwise as {@link #range}. */
    public String years(DateRange range) {
        return format.years(range);
    }

    /**
     * The day the pages describe the archive's follow-ups as of: a build's input (see generator/BuildOptions), so that
     * the same input gives the same pages.
     */
    public PartialDate getAsOf() {
        return PartialDate.parse(asOf.toString());
    }

    /**
     * A partial date as an Atom timestamp, which must name a moment: its first, in Swedish time, e.g. 2024-05
     * becomes 2024-05-01T00:00:00+02:00.
     */
    public String timestamp(PartialDate date) {
        int day = date.day() == null ? 1 : date.day();
        LocalTime time = date.time() == null ? LocalTime.MIDNIGHT : date.time();
        // The sources give Swedish local time ("09:44" on a page published in Malmö), not UTC.
        return LocalDateTime.of(date.year(), date.firstMonth(), day, time.getHour(), time.getMinute())
                .atZone(ZoneId.of("Europe/Stockholm")).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
