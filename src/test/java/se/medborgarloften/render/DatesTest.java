package se.medborgarloften.render;

import org.junit.jupiter.api.Test;
import se.medborgarloften.model.PartialDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates as a page writes them (templates' {@code dates}), in Swedish and English. */
class DatesTest {

    private final RealPages real = RealPages.get();

    @Test
    void aPeriodIsWrittenFromItsFirstMonthToItsLast() {
        var period = real.period("rosengard", "2024-2025").promise().period();
        assertEquals("maj 2024 – maj 2025", real.page("home", "sv").getDates().range(period));
        assertEquals("May 2024 – May 2025", real.page("home", "en").getDates().range(period));
    }

    @Test
    void aDateWithATimeIsWrittenWithItAndGivenInIsoFormForTheTimeElement() {
        PartialDate published = PartialDate.parse("2018-05-09T09:44");
        Dates sv = real.page("home", "sv").getDates();
        assertEquals("9 maj 2018 kl. 09.44", sv.date(published));
        assertEquals("2018-05-09T09:44", sv.iso(published));
        assertEquals("", sv.date(null));
        assertEquals("", sv.iso(null));
    }

    @Test
    void theArchiveIsDescribedAsOfTheBuildsDay() {
        Dates sv = real.page("home", "sv").getDates();
        assertEquals(PartialDate.parse("2026-12-01"), sv.getAsOf());
        assertEquals("1 december 2026", sv.date(sv.getAsOf()));
    }

    @Test
    void anAtomTimestampIsTheFirstMomentOfAPartialDateInSwedishTime() {
        Dates dates = real.page("home", "en").getDates();
        assertEquals("2024-05-01T00:00:00+02:00", dates.timestamp(PartialDate.parse("2024-05")));
        assertEquals("2018-05-09T09:44:00+02:00", dates.timestamp(PartialDate.parse("2018-05-09T09:44")));
        assertEquals("2024-01-01T00:00:00+01:00", dates.timestamp(PartialDate.parse("2024")));
    }
}
