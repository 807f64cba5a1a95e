package se.medborgarloften.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date only as precise as its source: "2018", "2024-05", "2018-05-09", "2018-05-09T09:44", or a
 * quarter such as "2025-Q1". Sources often give just a month or a year, and the site must not pretend
 * to know more.
 */
public record PartialDate(int year, Integer month, Integer day, LocalTime time, Integer quarter)
        implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile(
            "(\\d{4})(?:-Q([1-4])|-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2}))?)?)?");

    private static final Comparator<PartialDate> ORDER = Comparator
            .comparingInt(PartialDate::year)
            .thenComparingInt(PartialDate::firstMonth)
            .thenComparingInt(d -> d.day() == null ? 0 : d.day())
            .thenComparing(d -> d.time() == null ? LocalTime.MIN : d.time());

    public enum Precision { YEAR, QUARTER, MONTH, DAY, MINUTE }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PartialDate parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new InvalidDateException(text, "write 2024, 2024-05, 2024-05-09 or 2025-Q1");
        }
        int year = Integer.parseInt(m.group(1));
        Integer quarter = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer month = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        Integer day = m.group(4) == null ? null : Integer.valueOf(m.group(4));
        LocalTime time = null;
        try {
            if (month != null) {
                YearMonth.of(year, month);
            }
            if (day != null) {
                LocalDate.of(year, month, day);
            }
            if (m.group(5) != null) {
                time = LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            }
        } catch (DateTimeException e) {
            throw new InvalidDateException(text, e.getMessage());
        }
        return new PartialDate(year, month, day, time, quarter);
    }

    public Precision precision() {
        if (quarter != null) {
            return Precision.QUARTER;
        }
        if (time != null) {
            return Precision.MINUTE;
        }
        if (day != null) {
            return Precision.DAY;
        }
        return month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The first month this date may mean: its month, the quarter's first month, or January. */
    public int firstMonth() {
        if (month != null) {
            return month;
        }
        return quarter != null ? (quarter - 1) * 3 + 1 : 1;
    }

    /** The last month this date may mean, so that "2018" as an end date covers all of 2018. */
    public int lastMonth() {
        if (month != null) {
            return month;
        }
        return quarter != null ? quarter * 3 : 12;
    }

    /** The first day this date may mean: "2024-05" is 1 May 2024. */
    public LocalDate firstDay() {
        return LocalDate.of(year, firstMonth(), day == null ? 1 : day);
    }

    /** The last day this date may mean, so that a period ending "2025-05" runs to 31 May 2025. */
    public LocalDate lastDay() {
        return day != null ? LocalDate.of(year, month, day) : YearMonth.of(year, lastMonth()).atEndOfMonth();
    }

    @JsonValue
    @Override
    public String toString() {
        // Padded by hand: String.format parses its pattern on every call, and every date on every page,
        // download and feed is written this way.
        StringBuilder s = new StringBuilder(16);
        padded(s, year, 4);
        if (quarter != null) {
            return s.append("-Q").append(quarter).toString();
        }
        if (month != null) {
            padded(s.append('-'), month, 2);
        }
        if (day != null) {
            padded(s.append('-'), day, 2);
        }
        if (time != null) {
            padded(s.append('T'), time.getHour(), 2);
            padded(s.append(':'), time.getMinute(), 2);
        }
        return s.toString();
    }

    /** The number with zeros before it up to the width, a minus sign counted, as "%0Nd" writes it. */
    private static void padded(StringBuilder s, int value, int width) {
        String digits = Long.toString(Math.abs((long) value));
        int room = width - digits.length();
        if (value < 0) {
            s.append('-');
            room--;
        }
        s.append("0".repeat(Math.max(0, room))).append(digits);
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }
}
