package se.medborgarloften.render;

import org.junit.jupiter.api.Test;
import se.medborgarloften.Stages;
import se.medborgarloften.model.PartialDate;
import se.medborgarloften.model.PromisePeriod;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates and numbers as each language writes them, with the real UI bundles' formats and real periods. */
class LocalFormatTest {

    private static final Stages.Planned PLANNED = Stages.realPlanned();
    private static final Map<String, Messages> MESSAGES =
            SiteRenderer.messagesByLanguage(PLANNED.content().site(), PLANNED.loaded().messageBundles());
    private static final LocalFormat SV = new LocalFormat(MESSAGES.get("sv"));
    private static final LocalFormat EN = new LocalFormat(MESSAGES.get("en"));

    @Test
    void aDateIsWrittenAsPreciselyAsItIsKnown() {
        assertEquals("9 maj 2018", SV.date(PartialDate.parse("2018-05-09")));
        assertEquals("9 May 2018", EN.date(PartialDate.parse("2018-05-09")));
        assertEquals("maj 2024", SV.date(PartialDate.parse("2024-05")));
        assertEquals("2023", SV.date(PartialDate.parse("2023")));
        assertEquals("första kvartalet 2025", SV.date(PartialDate.parse("2025-Q1")));
    }

    @Test
    void aRealPeriodIsWrittenAsARangeAndAOneYearPeriodAsItsYear() {
        PromisePeriod latest = PLANNED.content().period("rosengard", "2024-2025").orElseThrow();
        assertEquals("maj 2024 – maj 2025", SV.range(latest.promise().period()));
        PromisePeriod year = PLANNED.content().period("rosengard", "2023").orElseThrow();
        assertEquals("2023", SV.range(year.promise().period()));
        assertEquals(SV.range(latest.promise().period()), SV.range(latest.promise().period()), "remembered, the same");
    }

    @Test
    void numbersHaveEachLanguagesDecimalMark() {
        assertEquals("250", SV.number(250));
        assertEquals("2,5", SV.number(2.5));
        assertEquals("2.5", EN.number(2.5));
        assertEquals("0,33", SV.number(1.0 / 3), "two decimals at most");
    }

    @Test
    void machineReadableDatesAreIso() {
        assertEquals("2018-05-09T09:44", LocalFormat.iso(PartialDate.parse("2018-05-09T09:44")));
        assertEquals("2024-05", LocalFormat.iso(PartialDate.parse("2024-05")));
        assertEquals("2025", LocalFormat.iso(PartialDate.parse("2025-Q1")), "a quarter has no ISO form; its year has");
    }
}
