package se.medborgarloften.render;

import se.medborgarloften.model.DateRange;
import se.medborgarloften.model.PartialDate;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dates and numbers written the way each language writes them: "9 maj 2018" and "9 May 2018". */
final class LocalFormat {

    private final Messages messages;
    private final DateTimeFormatter month;
    private final DateTimeFormatter day;
    private final DateTimeFormatter minute;
    /** NumberFormat is not thread-safe and costly to create; pages are rendered on several threads. */
    private final ThreadLocal<NumberFormat> numbers;
    /**
     * Each period's dates, written once: a period's changes name its two periods half a dozen times, each through
     * a message and the date formatter.
     */
    private final Map<DateRange, String> ranges = new ConcurrentHashMap<>();

    LocalFormat(Messages messages) {
        this.messages = messages;
        this.month = DateTimeFormatter.ofPattern(messages.get("format.month"), messages.locale());
        this.day = DateTimeFormatter.ofPattern(messages.get("format.day"), messages.locale());
        this.minute = DateTimeFormatter.ofPattern(messages.get("format.minute"), messages.locale());
        this.numbers = ThreadLocal.withInitial(() -> {
            NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
            format.setMaximumFractionDigits(2);
            return format;
        });
    }

    String date(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> String.valueOf(date.year());
            case QUARTER -> messages.format("format.quarter." + date.quarter(), String.valueOf(date.year()));
            case MONTH -> month.format(YearMonth.of(date.year(), date.month()));
            case DAY -> day.format(LocalDate.of(date.year(), date.month(), date.day()));
            case MINUTE -> minute.format(LocalDateTime.of(LocalDate.of(date.year(), date.month(), date.day()), date.time()));
        };
    }

    String range(DateRange range) {
        String written = ranges.get(range);
        if (written == null) {
            written = range.start().equals(range.end()) ? date(range.start())
                    : messages.format("format.range", date(range.start()), date(range.end()));
            ranges.put(range, written);
        }
        return written;
    }

    /**
     * A period that runs from January to December written as its years, "2013" or "2013 – 2014", as the real
     * content writes such periods; any other period as {@link #range}. A history page names every period in
     * the head of three tables and in every chart, and "januari 2013 – december 2013" says no more than "2013".
     */
    String years(DateRange range) {
        boolean wholeYears = range.start().firstDay().getDayOfYear() == 1
                && range.end().lastDay().getMonthValue() == 12 && range.end().lastDay().getDayOfMonth() == 31;
        if (!wholeYears) {
            return range(range);
        }
        int first = range.start().year();
        int last = range.end().year();
        return first == last ? String.valueOf(first) : messages.format("format.range", String.valueOf(first), String.valueOf(last));
    }

    String number(Number value) {
        return numbers.get().format(value);
    }

    /** ISO form for machine-readable time elements: 2024-05, 2018-05-09T09:44. */
    static String iso(PartialDate date) {
        return date.precision() == PartialDate.Precision.QUARTER ? String.valueOf(date.year()) : date.toString();
    }
}
