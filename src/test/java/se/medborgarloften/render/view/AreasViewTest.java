package se.medborgarloften.render.view;

import org.junit.jupiter.api.Test;
import se.medborgarloften.render.RealPages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The list of areas on the real content: one municipality, so its areas in the site's order and no counties. */
class AreasViewTest {

    @Test
    void aSiteOfOneMunicipalityListsItsAreas() {
        RealPages real = RealPages.get();
        AreasView view = AreasView.of(real.content);
        assertFalse(view.national());
        assertFalse(view.listsCounties());
        assertEquals(real.content.areas(), view.areas());
    }
}
