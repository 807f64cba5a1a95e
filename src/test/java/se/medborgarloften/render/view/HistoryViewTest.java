package se.medborgarloften.render.view;

import org.junit.jupiter.api.Test;
import se.medborgarloften.plan.HistoryPage;
import se.medborgarloften.render.RealPages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An area's history page on the real content: a column per period, the oldest first. */
class HistoryViewTest {

    @Test
    void theTableHasAColumnForEachOfTheAreasPeriods() {
        RealPages real = RealPages.get();
        HistoryView view = HistoryView.of(new HistoryPage(real.content.area("rosengard").orElseThrow()), real.content,
                RealPages.AS_OF);
        assertEquals("rosengard", view.table().area().id());
        assertEquals(List.of("2018", "2023", "2024-2025"),
                view.table().columns().stream().map(c -> c.period().id()).toList());
    }
}
