package se.medborgarloften.render;

import org.junit.jupiter.api.Test;
import se.medborgarloften.model.PromisePeriod;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the archive holds of follow-ups (templates' {@code statuses}) and the status chart, on the real content. */
class StatusesTest {

    private final RealPages real = RealPages.get();

    @Test
    void aPeriodThatEndedWithoutAFollowUpHereHasNoStatusForAnyCommitment() {
        PromisePeriod period = real.period("rosengard", "2024-2025");
        Statuses statuses = real.page("home", "sv").getStatuses();
        assertFalse(statuses.followUp(period).published());
        assertEquals("no-follow-up-published", statuses.of(period, "spaningsinsatser").key());
        Map<String, Integer> counts = statuses.counts(period);
        assertEquals(17, counts.get("no-follow-up-published"));
        assertEquals(0, counts.get(statuses.getAll().get(0)));
    }

    @Test
    void aKeyIsNamedAsAStatusOrAsWhatStandsInForOne() {
        Statuses statuses = real.page("home", "sv").getStatuses();
        assertEquals(5, statuses.getAll().size());
        assertEquals("status." + statuses.getAll().get(0), statuses.messageKey(statuses.getAll().get(0)));
        assertEquals("commitmentState.no-follow-up-published", statuses.messageKey("no-follow-up-published"));
        assertTrue(statuses.getAllWithout().contains("no-follow-up-published"));
    }

    @Test
    void theStatusChartNamesEachPartInThePagesLanguage() {
        String svg = real.page("home", "sv").getCharts().status(real.period("rosengard", "2024-2025"));
        assertTrue(svg.startsWith("<svg class=\"status-chart\""), svg);
        assertTrue(svg.contains("<title>Ingen uppföljning publicerad här: 17</title>"), svg);
    }
}
