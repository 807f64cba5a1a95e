package se.medborgarloften.render.view;

import org.junit.jupiter.api.Test;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.render.RealPages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An area's page on the real content: its latest period and its timeline, the newest first. */
class AreaViewTest {

    @Test
    void theTimelineStartsWithTheLatestPeriod() {
        AreaView view = AreaView.of(RealPages.get().content.area("rosengard").orElseThrow());
        assertEquals(List.of("2024-2025", "2023", "2018"), view.newestFirst().stream().map(PromisePeriod::id).toList());
        assertEquals("2024-2025", view.latest().id());
    }
}
